package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEvent;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workflow's SLA timers against the real workers: they fire at the instants the SLA clock
 * computed, and a pause while the ticket waits on the customer moves them. Moves the engine's clock
 * and the application's together.
 */
@WorkersTest
class SlaTimersTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired TicketIntakeService intake;
  @Autowired InboxService inbox;
  @Autowired CustomerPortalService portal;
  @Autowired CustomerLinks links;
  @Autowired TicketRepository tickets;
  @Autowired Timeline timeline;
  @Autowired TestData testData;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void an_enterprise_emergency_is_at_risk_and_then_breached_at_its_computed_instants_and_the_agent_is_told() {
    OpenedTicket opened = emergency();
    String owner = awaitSeniorOwner(opened);
    TestData.logInAs(owner, Role.AGENT);
    awaitTask(opened, false);
    Ticket ticket = tickets.findById(opened.id()).orElseThrow();
    assertThat(ticket.firstResponseDueAt()).isEqualTo(ticket.createdAt().plus(Duration.ofHours(2)));
    assertThat(ticket.firstResponseAtRiskAt()).isEqualTo(ticket.createdAt().plus(Duration.ofMinutes(90)));

    travelTo(ticket.firstResponseAtRiskAt().minusSeconds(60));
    assertThat(firstResponseSla(opened)).isEqualTo(SlaState.ON_TRACK);

    travelTo(ticket.firstResponseAtRiskAt().plusSeconds(1));
    await().atMost(WAIT).until(() -> firstResponseSla(opened) == SlaState.AT_RISK);
    // the emergency's one-hour resolution target was at risk first, then its first response; their jobs may run on
    // two worker threads, so the other notice can land just after this state
    await().atMost(WAIT).until(() -> atRiskNotices(opened).size() == 2);
    assertThat(atRiskNotices(opened))
        .hasSize(2)
        .allMatch(line -> line.startsWith(owner + ": "))
        .anyMatch(line -> line.contains("Resolution of " + opened.number() + " is at risk"))
        .anyMatch(line -> line.contains("First response of " + opened.number() + " is at risk"));

    travelTo(ticket.firstResponseDueAt().plusSeconds(1));
    await().atMost(WAIT).until(() -> firstResponseSla(opened) == SlaState.BREACHED);
    assertThat(events(opened)).containsSubsequence(TimelineEventType.SLA_AT_RISK, TimelineEventType.SLA_BREACHED);
  }

  @Test
  void the_resolution_clock_stands_still_while_the_customer_is_asked_and_the_timers_move_by_the_pause() {
    OpenedTicket opened = emergency();
    TestData.logInAs(awaitSeniorOwner(opened), Role.AGENT);
    InboxTask task = awaitTask(opened, false);
    inbox.complete(task.jobKey(), new AgentResponse(AgentAction.REQUEST_INFO, "Which page shows the error?"));
    await().atMost(WAIT).until(() -> status(opened) == TicketStatus.WAITING_ON_CUSTOMER);
    Ticket waiting = tickets.findById(opened.id()).orElseThrow();

    EmbeddedServices.travel(Duration.ofHours(3));
    Instant replied = SharedClock.now();
    TestData.logOut();
    portal.reply(opened.number(), links.tokenFor(opened.number()), "The checkout page", "reply-" + opened.id());

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    awaitTask(opened, false);
    Ticket resumed = tickets.findById(opened.id()).orElseThrow();
    Duration paused = Duration.between(waiting.updatedAt(), replied);
    assertThat(resumed.resolutionDueAt()).isAfter(waiting.resolutionDueAt().plus(paused).minusSeconds(30));
    assertThat(resumed.resolutionSla()).isEqualTo(SlaState.ON_TRACK);

    travelTo(resumed.resolutionAtRiskAt().plusSeconds(1));
    await().atMost(WAIT).until(() -> resolutionSla(opened) == SlaState.AT_RISK);
  }

  private OpenedTicket emergency() {
    Customer customer = testData.customer(Plan.ENTERPRISE);
    return intake.open(
        new NewTicket(customer.accountEmail(), "Checkout returns error 500 for every order", "All orders fail", Priority.CRITICAL),
        Channel.WEB);
  }

  private void travelTo(Instant instant) {
    Duration ahead = Duration.between(SharedClock.now(), instant);
    if (ahead.isPositive()) {
      EmbeddedServices.travel(ahead);
    }
  }

  /** Enterprise + critical is an emergency: a senior agent becomes the owner of its tasks. */
  private String awaitSeniorOwner(OpenedTicket ticket) {
    return await()
        .atMost(WAIT)
        .until(() -> tickets.findById(ticket.id()).orElseThrow().assignee(), java.util.Objects::nonNull);
  }

  private InboxTask awaitTask(OpenedTicket ticket, boolean inQueue) {
    return await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(
            () -> (inQueue ? inbox.groupQueue() : inbox.myTasks()).stream()
                .filter(t -> t.ticketId() == ticket.id())
                .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private SlaState firstResponseSla(OpenedTicket ticket) {
    return tickets.findById(ticket.id()).orElseThrow().firstResponseSla();
  }

  private SlaState resolutionSla(OpenedTicket ticket) {
    return tickets.findById(ticket.id()).orElseThrow().resolutionSla();
  }

  private TicketStatus status(OpenedTicket ticket) {
    return tickets.findById(ticket.id()).orElseThrow().status();
  }

  private java.util.List<TimelineEventType> events(OpenedTicket ticket) {
    return timeline.of(ticket.id()).stream().map(TimelineEvent::type).toList();
  }

  private List<String> atRiskNotices(OpenedTicket opened) {
    return jdbc.sql("SELECT CONCAT(recipient, ': ', message) FROM staff_notification WHERE ticket_id = :id"
            + " AND message LIKE '%is at risk%' ORDER BY id")
        .param("id", opened.id())
        .query(String.class)
        .list();
  }
}
