package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.escalation.EscalationReason;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.escalation.EscalationState;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * A manager decides two escalations in a real browser (Debian's Chromium, headless): rejects one
 * and approves the other, each with a reason. Skipped, loudly, where Chromium or its driver is
 * missing. Screenshots land in {@code target/screenshots}.
 */
@BrowserTest(width = 1600)
class ApprovalsBrowserTest {

  private static final String PASSWORD = "browser-manager-password";

  Browser browser;

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired StaffDirectory staff;
  @Autowired TicketIntakeService intake;
  @Autowired InboxService inbox;
  @Autowired EscalationService escalations;

  @Autowired org.springframework.context.ApplicationContext context;

  @org.junit.jupiter.api.BeforeEach
  void useThisApplicationsSecurityContext() {
    no.mediaweb.supportflow.SecurityContexts.useStrategyOf(context);
  }

  @AfterEach
  void forgetTheUser() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void a_manager_rejects_one_escalation_and_approves_another_each_with_a_reason() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String agent = "browser.owner." + suffix;
    staff.createIfAbsent(agent, "Ola Owner", PASSWORD, List.of(Role.AGENT), List.of(SupportTicketProcess.GROUP_L1));
    String manager = "browser.manager." + suffix;
    staff.createIfAbsent(manager, "Mette Manager", PASSWORD, List.of(Role.MANAGER), List.of(EscalationProcess.GROUP_MANAGERS));
    OpenedTicket rejected = escalatedTicket(agent, manager, "Gift cards cannot be redeemed " + suffix);
    OpenedTicket approved = escalatedTicket(agent, manager, "Stock sync with the warehouse stops " + suffix);

    browser.open(port, "/login");
    browser.type(browser.waitFor("vaadin-login-form input[name='username']"), manager);
    WebElement password = browser.waitFor("vaadin-login-form input[name='password']");
    browser.type(password, PASSWORD);
    password.sendKeys(Keys.ENTER);
    browser.waitForText("#current-user", "Mette");
    browser.open(port, "/approvals");
    browser.waitUntilGridShows("approvals-grid", rejected.number(), true);
    browser.waitUntilGridShows("approvals-grid", approved.number(), true);
    browser.screenshot("approvals-1-queue");

    browser.clickRowButton("approvals-grid", rejected.number(), "Reject");
    browser.typeInto("#decision-text textarea", "Gift cards are a settings question; L1 can solve it");
    browser.screenshot("approvals-2-reject-dialog");
    browser.waitFor("#decision-confirm").click();
    browser.waitUntilGone("#decision-text");
    browser.waitUntilGridShows("approvals-grid", rejected.number(), false);

    browser.clickRowButton("approvals-grid", approved.number(), "Approve");
    browser.typeInto("#decision-text textarea", "The warehouse API needs L2");
    browser.waitFor("#decision-confirm").click();
    browser.waitUntilGone("#decision-text");
    browser.waitUntilGridShows("approvals-grid", approved.number(), false);
    browser.screenshot("approvals-3-decided");

    loginAs(manager, Role.MANAGER);
    Escalation no = onlyEscalationOf(rejected);
    assertThat(no.state()).isEqualTo(EscalationState.REJECTED);
    assertThat(no.decidedBy()).isEqualTo("Mette Manager");
    assertThat(no.decisionReason()).isEqualTo("Gift cards are a settings question; L1 can solve it");
    Escalation yes = onlyEscalationOf(approved);
    assertThat(yes.state()).isIn(EscalationState.REQUESTED, EscalationState.WITH_TIER);
    assertThat(yes.decidedBy()).isEqualTo("Mette Manager");
    assertThat(yes.decisionReason()).isEqualTo("The warehouse API needs L2");
  }

  /** A ticket its owner answered and asked to escalate; returns once the approval waits for a manager. */
  private OpenedTicket escalatedTicket(String agent, String manager, String subject) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Customer customer =
        customers.save(
            new Customer(
                null, "approvals-" + suffix + "@example.com", "Aud Approval", "Fjord Kaffe AS", Plan.PRO, "Europe/Oslo",
                "en", Instant.now()));
    OpenedTicket ticket =
        intake.open(
            new NewTicket(customer.accountEmail(), subject, "Summary: it stopped working on Monday.", Priority.HIGH),
            Channel.WEB);
    loginAs(agent, Role.AGENT);
    InboxTask first =
        eventually(() -> inbox.openTasksOf(ticket.id()).stream().filter(InboxTask::isFirstResponse).findFirst().orElse(null));
    inbox.complete(first.jobKey(), new AgentResponse(AgentAction.REPLY, "We are looking into it."));
    eventually(() -> inbox.openTasksOf(ticket.id()).stream().filter(t -> !t.isFirstResponse()).findFirst().orElse(null));
    escalations.request(ticket.number(), EscalationReason.BEYOND_FIRST_LEVEL, "Needs L2 access: " + subject);
    loginAs(manager, Role.MANAGER);
    eventually(
        () -> escalations.approvalQueue().stream()
            .filter(r -> r.escalation().ticketNumber().equals(ticket.number()))
            .findFirst()
            .orElse(null));
    SecurityContextHolder.clearContext();
    return ticket;
  }

  private Escalation onlyEscalationOf(OpenedTicket ticket) {
    List<Escalation> all = escalations.historyOf(ticket.id());
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  private static <T> T eventually(Supplier<T> value) {
    return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(250))
        .until(value::get, v -> v != null);
  }

  private static void loginAs(String username, Role role) {
    List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    User user = new User(username, "unused", authorities);
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
  }

}
