package no.mediaweb.supportflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Customers and staff for integration tests; every customer gets a unique e-mail. */
@Component
public class TestData {

  public static final String AGENT = "test-agent";
  public static final String SECOND_AGENT = "test-agent-2";
  public static final String MANAGER = "test-manager";
  public static final String QA = "test-qa";
  public static final String ADMIN = "test-admin";
  public static final String SPECIALIST = "test-specialist";
  public static final String ENGINEER = "test-engineer";

  private final CustomerRepository customers;
  private final StaffDirectory staff;

  TestData(CustomerRepository customers, StaffDirectory staff, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.customers = customers;
    this.staff = staff;
    // the shared test agents pile up open tasks over the whole suite; caps are tested on queues of their own
    jdbc.sql("UPDATE queue_routing SET max_open_tasks = 100 WHERE candidate_group = 'l1-agents'").update();
    // senior, so the critical tickets of the SLA tests are theirs to claim
    staff.createIfAbsent(AGENT, "Test Agent", "secret", List.of(Role.AGENT), List.of("l1-agents"), true, List.of("en"));
    staff.createIfAbsent(SECOND_AGENT, "Second Agent", "secret", List.of(Role.AGENT), List.of("l1-agents"));
    staff.createIfAbsent(MANAGER, "Test Manager", "secret", List.of(Role.MANAGER), List.of("managers"));
    staff.createIfAbsent(ADMIN, "Test Admin", "secret", List.of(Role.ADMIN), List.of());
    staff.createIfAbsent(SPECIALIST, "Test Specialist", "secret", List.of(Role.AGENT), List.of("l2-specialists"));
    staff.createIfAbsent(ENGINEER, "Test Engineer", "secret", List.of(Role.AGENT), List.of("l3-engineering"));
    staff.createIfAbsent(QA, "Test QA", "secret", List.of(Role.QA), List.of());
  }

  public Customer customer(Plan plan) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return customers.save(
        new Customer(null, "customer-" + id + "@example.com", "Customer " + id, "Studio " + id, plan,
            "Europe/Oslo", "en", Instant.now()));
  }

  public static void logInAs(String username, Role role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
  }

  public static void logOut() {
    SecurityContextHolder.clearContext();
  }
}
