package no.mediaweb.supportflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.MessageSubscriptionIntent;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.SecurityContexts;
import no.mediaweb.supportflow.SupportflowAppTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Server-side view tests with Karibu-Testing against the whole application (embedded MariaDB,
 * embedded Zeebe engine, all job workers). Logging in sets Spring Security's context; the fake
 * request reports that user to Vaadin's route access control, as Spring's filter would.
 */
@SupportflowAppTest
public abstract class KaribuViewTest {

  private static final Routes ROUTES = new Routes().autoDiscoverViews("no.mediaweb.supportflow.ui");

  @Autowired protected ApplicationContext context;
  @Autowired protected CustomerRepository customers;
  @Autowired protected StaffDirectory staff;
  @Autowired protected TicketIntakeService intake;
  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  void setUpVaadin() {
    SecurityContexts.useStrategyOf(context);
    SecurityContextHolder.clearContext();
    MockVaadin.setMockRequestFactory(SecurityContextRequest::new);
    MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  // --- people -------------------------------------------------------------------------------

  /** An agent of the L1 queue; created once, reused by later tests. */
  protected String agent(String username, String displayName) {
    staff.createIfAbsent(username, displayName, "agent-password-1", List.of(Role.AGENT), List.of(SupportTicketProcess.GROUP_L1));
    return username;
  }

  protected String staffMember(String username, Role role) {
    staff.createIfAbsent(username, username, "staff-password-1", List.of(role), List.of());
    return username;
  }

  protected void loginAs(String username, Role... roles) {
    List<GrantedAuthority> authorities =
        Arrays.stream(roles).map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    User user = new User(username, "unused", authorities);
    SecurityContext security = SecurityContextHolder.createEmptyContext();
    security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    SecurityContextHolder.setContext(security);
  }

  protected void logout() {
    SecurityContextHolder.clearContext();
  }

  /** A customer with a unique account e-mail, so each test works on its own tickets. */
  protected Customer newCustomer(String name) {
    String email = "%s-%s@example.com".formatted(name.toLowerCase().replaceAll("[^a-z]+", "."), UUID.randomUUID().toString().substring(0, 8));
    return customers.save(new Customer(null, email, name, "Nordlys Bakeri AS", Plan.PRO, "Europe/Oslo", "en", Instant.now()));
  }

  protected OpenedTicket openTicket(Customer customer, String subject) {
    return intake.open(
        new NewTicket(
            customer.accountEmail(), subject,
            "Summary: the contact form on our site stopped sending e-mails.\nSteps to reproduce: send the form.",
            Priority.HIGH),
        Channel.WEB);
  }

  protected int ticketCount() {
    return jdbc.sql("SELECT COUNT(*) FROM ticket").query(Integer.class).single();
  }

  protected int messageCount(String ticketNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id WHERE t.number = :n")
        .param("n", ticketNumber)
        .query(Integer.class)
        .single();
  }

  /**
   * Waits until the ticket's process listens for the customer's reply. The reply message has no
   * time to live, so a reply published before the receive task opens its subscription is dropped;
   * a person never answers that fast, a test does.
   */
  protected static void awaitWorkflowListensForCustomerReply(String ticketNumber) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                StreamSupport.stream(
                        RecordStream.of(EmbeddedServices.zeebe().engine().getRecordStreamSource())
                            .messageSubscriptionRecords()
                            .spliterator(),
                        false)
                    .anyMatch(
                        r ->
                            r.getIntent() == MessageSubscriptionIntent.CREATED
                                && r.getValue().getMessageName().equals(SupportTicketProcess.Messages.CUSTOMER_REPLIED)
                                && r.getValue().getCorrelationKey().equals(ticketNumber)));
  }

  // --- Vaadin ---------------------------------------------------------------------------------

  protected static void navigate(String location) {
    UI.getCurrent().navigate(location);
  }

  /** What the browser's one-second poll does: views reload what they show. */
  protected static void poll() {
    UI ui = UI.getCurrent();
    ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
  }

  /** Waits for the asynchronous workflow, polling the UI the way the browser does. */
  protected static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(250));
  }

  protected static <T> List<T> rows(Grid<T> grid) {
    return GridKt._findAll(grid);
  }

  protected static <T> int rowIndex(Grid<T> grid, Predicate<T> row) {
    List<T> rows = rows(grid);
    for (int i = 0; i < rows.size(); i++) {
      if (row.test(rows.get(i))) {
        return i;
      }
    }
    throw new AssertionError("No such row in " + rows);
  }

  protected static Button buttonInCell(Grid<?> grid, int row, String columnKey, String caption) {
    Component cell = GridKt._getCellComponent(grid, row, columnKey);
    return _get(cell, Button.class, spec -> spec.withText(caption));
  }

  protected static String textOf(String id) {
    return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
  }

  protected static List<String> texts(Component root, Class<? extends Component> type, String className) {
    return _find(root, type, spec -> spec.withClasses(className)).stream()
        .map(c -> c.getElement().getTextRecursively())
        .toList();
  }

  protected static List<String> spanTexts(Component root, String className) {
    return texts(root, Span.class, className);
  }

  /**
   * The request Spring Security's servlet filter would wrap: it reports the logged-in user and
   * their roles to Vaadin's navigation access control.
   */
  static final class SecurityContextRequest extends FakeRequest {

    SecurityContextRequest(FakeHttpSession session) {
      super(session);
    }

    @Override
    public Principal getUserPrincipal() {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
    }

    @Override
    public boolean isUserInRole(String role) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return authentication != null
          && authentication.getAuthorities().stream()
              .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role));
    }
  }
}
