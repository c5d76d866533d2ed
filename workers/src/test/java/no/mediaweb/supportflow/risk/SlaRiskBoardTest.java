package no.mediaweb.supportflow.risk;

import static no.mediaweb.supportflow.processes.EscalationRoutingDecision.QUEUE_L2_SPECIALISTS;
import static no.mediaweb.supportflow.processes.EscalationRoutingDecision.QUEUE_L3_ENGINEERING;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.GROUP_L1;
import static no.mediaweb.supportflow.risk.SlaRiskBoard.NO_OPEN_TASK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.risk.SlaRiskBoard.Cell;
import no.mediaweb.supportflow.risk.SlaRiskBoard.Summary;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded database is shared with other tests, so counts are compared with the board as it
 * stood before the test made its tickets.
 */
@WorkersTest
class SlaRiskBoardTest {

  @Autowired SlaRiskBoard board;
  @Autowired TestTickets testTickets;

  private Instant now;

  @BeforeEach
  void logIn() {
    now = SharedClock.now().truncatedTo(ChronoUnit.MICROS);
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
  }

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void counts_at_risk_and_breached_open_tickets_by_plan_and_queue_and_each_ticket_once_in_the_totals() {
    Summary before = board.summary();

    Ticket unanswered = risky(TicketStatus.OPEN, Plan.ENTERPRISE, SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, -30);
    testTickets.openTask(unanswered.id(), Elements.SEND_FIRST_RESPONSE, GROUP_L1, null);
    Ticket escalated = risky(TicketStatus.IN_PROGRESS, Plan.ENTERPRISE, SlaTarget.RESOLUTION, SlaState.AT_RISK, 40);
    testTickets.openTask(escalated.id(), Elements.WORK_ON_TICKET, GROUP_L1, TestData.AGENT);
    testTickets.openTask(escalated.id(), "work-on-escalation", QUEUE_L2_SPECIALISTS, null);
    testTickets.completeTask(testTickets.openTask(escalated.id(), "work-on-escalation", QUEUE_L3_ENGINEERING, null));
    Ticket waiting = risky(TicketStatus.WAITING_ON_CUSTOMER, Plan.STARTER, SlaTarget.RESOLUTION, SlaState.AT_RISK, 90);
    Ticket both = risky(TicketStatus.IN_PROGRESS, Plan.PRO, SlaTarget.FIRST_RESPONSE, SlaState.AT_RISK, 10);
    testTickets.sla(both.id(), SlaTarget.RESOLUTION, SlaState.BREACHED, now.minus(Duration.ofMinutes(5)));
    testTickets.openTask(both.id(), Elements.WORK_ON_TICKET, GROUP_L1, TestData.AGENT);
    notRisky(Plan.ENTERPRISE, GROUP_L1);

    Summary after = board.summary();

    assertThat(delta(before, after, Plan.ENTERPRISE, GROUP_L1)).isEqualTo(new Counts(1, 1));
    assertThat(delta(before, after, Plan.ENTERPRISE, QUEUE_L2_SPECIALISTS)).isEqualTo(new Counts(1, 0));
    assertThat(delta(before, after, Plan.ENTERPRISE, QUEUE_L3_ENGINEERING)).isEqualTo(new Counts(0, 0));
    assertThat(delta(before, after, Plan.STARTER, NO_OPEN_TASK)).isEqualTo(new Counts(1, 0));
    assertThat(delta(before, after, Plan.STARTER, GROUP_L1)).isEqualTo(new Counts(0, 0));
    assertThat(delta(before, after, Plan.PRO, GROUP_L1)).isEqualTo(new Counts(0, 1));
    assertThat(after.atRiskTotal() - before.atRiskTotal()).isEqualTo(2);
    assertThat(after.breachedTotal() - before.breachedTotal()).isEqualTo(2);
  }

  @Test
  void every_plan_has_a_cell_for_every_known_queue_for_any_other_queue_in_use_and_for_no_open_task() {
    String ownQueue = "risk-test-" + UUID.randomUUID().toString().substring(0, 8);
    Ticket ticket = risky(TicketStatus.IN_PROGRESS, Plan.PRO, SlaTarget.RESOLUTION, SlaState.BREACHED, -120);
    testTickets.openTask(ticket.id(), "work-on-escalation", ownQueue, null);

    Summary summary = board.summary();

    assertThat(summary.queues()).startsWith(SlaRiskBoard.KNOWN_QUEUES.toArray(String[]::new)).contains(ownQueue).endsWith(NO_OPEN_TASK);
    assertThat(summary.cells()).hasSize(Plan.values().length * summary.queues().size());
    assertThat(summary.cell(Plan.PRO, ownQueue)).isEqualTo(new Cell(Plan.PRO, ownQueue, 0, 1));
    assertThat(summary.cell(Plan.STARTER, ownQueue)).isEqualTo(new Cell(Plan.STARTER, ownQueue, 0, 0));
  }

  @Test
  void lists_breached_tickets_first_then_the_soonest_due_with_the_target_at_stake_and_the_time_left() {
    Ticket atRiskLater = risky(TicketStatus.IN_PROGRESS, Plan.ENTERPRISE, SlaTarget.RESOLUTION, SlaState.AT_RISK, 50);
    Ticket breachedRecently = risky(TicketStatus.OPEN, Plan.ENTERPRISE, SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, -10);
    Ticket atRiskSoon = risky(TicketStatus.OPEN, Plan.ENTERPRISE, SlaTarget.FIRST_RESPONSE, SlaState.AT_RISK, 35);
    Ticket breachedLongAgo = risky(TicketStatus.IN_PROGRESS, Plan.ENTERPRISE, SlaTarget.RESOLUTION, SlaState.BREACHED, -80);
    testTickets.openTask(atRiskLater.id(), Elements.WORK_ON_TICKET, GROUP_L1, TestData.AGENT);
    testTickets.openTask(atRiskLater.id(), "work-on-escalation", QUEUE_L2_SPECIALISTS, null);
    Set<String> mine = Set.of(atRiskLater.number(), breachedRecently.number(), atRiskSoon.number(), breachedLongAgo.number());

    List<RiskyTicket> listed =
        board.tickets(Optional.empty(), Optional.empty()).stream().filter(t -> mine.contains(t.number())).toList();

    assertThat(listed)
        .extracting(RiskyTicket::number)
        .containsExactly(breachedLongAgo.number(), breachedRecently.number(), atRiskSoon.number(), atRiskLater.number());
    RiskyTicket overdue = listed.get(0);
    assertThat(overdue.target()).isEqualTo(SlaTarget.RESOLUTION);
    assertThat(overdue.state()).isEqualTo(SlaState.BREACHED);
    assertThat(overdue.dueAt()).isEqualTo(now.minus(Duration.ofMinutes(80)));
    assertThat(overdue.timeLeft()).isNegative().isBetween(Duration.ofMinutes(-81), Duration.ofMinutes(-80));
    assertThat(overdue.owner()).isEqualTo(TestData.AGENT);
    assertThat(overdue.plan()).isEqualTo(Plan.ENTERPRISE);
    assertThat(overdue.queues()).containsExactly(NO_OPEN_TASK);
    RiskyTicket dueSoon = listed.get(2);
    assertThat(dueSoon.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
    assertThat(dueSoon.state()).isEqualTo(SlaState.AT_RISK);
    assertThat(dueSoon.timeLeft()).isBetween(Duration.ofMinutes(34), Duration.ofMinutes(35));
    assertThat(dueSoon.owner()).isNull();
    assertThat(listed.get(3).queues()).containsExactly(GROUP_L1, QUEUE_L2_SPECIALISTS);
    assertThat(listed.get(3).subject()).isEqualTo(atRiskLater.subject());
  }

  @Test
  void a_ticket_with_a_breached_and_an_at_risk_target_shows_the_breached_one() {
    Ticket ticket = risky(TicketStatus.IN_PROGRESS, Plan.PRO, SlaTarget.FIRST_RESPONSE, SlaState.AT_RISK, 5);
    testTickets.sla(ticket.id(), SlaTarget.RESOLUTION, SlaState.BREACHED, now.plus(Duration.ofMinutes(1)));

    RiskyTicket listed = only(board.tickets(Optional.of(Plan.PRO), Optional.of(NO_OPEN_TASK)), ticket);

    assertThat(listed.target()).isEqualTo(SlaTarget.RESOLUTION);
    assertThat(listed.state()).isEqualTo(SlaState.BREACHED);
  }

  @Test
  void filters_by_plan_and_by_queue_including_tickets_with_no_open_task() {
    Ticket enterpriseL2 = risky(TicketStatus.IN_PROGRESS, Plan.ENTERPRISE, SlaTarget.RESOLUTION, SlaState.AT_RISK, 20);
    testTickets.openTask(enterpriseL2.id(), Elements.WORK_ON_TICKET, GROUP_L1, TestData.AGENT);
    testTickets.openTask(enterpriseL2.id(), "work-on-escalation", QUEUE_L2_SPECIALISTS, null);
    Ticket starterWaiting = risky(TicketStatus.WAITING_ON_CUSTOMER, Plan.STARTER, SlaTarget.RESOLUTION, SlaState.BREACHED, -5);

    assertThat(numbers(board.tickets(Optional.of(Plan.ENTERPRISE), Optional.of(QUEUE_L2_SPECIALISTS))))
        .contains(enterpriseL2.number())
        .doesNotContain(starterWaiting.number());
    assertThat(numbers(board.tickets(Optional.of(Plan.ENTERPRISE), Optional.of(GROUP_L1)))).contains(enterpriseL2.number());
    assertThat(numbers(board.tickets(Optional.of(Plan.PRO), Optional.of(QUEUE_L2_SPECIALISTS)))).doesNotContain(enterpriseL2.number());
    assertThat(numbers(board.tickets(Optional.empty(), Optional.of(NO_OPEN_TASK))))
        .contains(starterWaiting.number())
        .doesNotContain(enterpriseL2.number());
    assertThat(numbers(board.tickets(Optional.of(Plan.STARTER), Optional.empty())))
        .contains(starterWaiting.number())
        .doesNotContain(enterpriseL2.number());
  }

  @Test
  void resolved_closed_and_on_track_tickets_are_neither_listed_nor_counted() {
    Summary before = board.summary();
    Ticket resolved = risky(TicketStatus.RESOLVED, Plan.ENTERPRISE, SlaTarget.RESOLUTION, SlaState.BREACHED, -60);
    testTickets.openTask(resolved.id(), "wait-for-confirmation", GROUP_L1, null);
    Ticket closed = risky(TicketStatus.CLOSED, Plan.ENTERPRISE, SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, -60);
    Ticket onTrack = notRisky(Plan.ENTERPRISE, GROUP_L1);
    Ticket met = risky(TicketStatus.IN_PROGRESS, Plan.ENTERPRISE, SlaTarget.FIRST_RESPONSE, SlaState.MET, -60);

    Summary after = board.summary();

    assertThat(numbers(board.tickets(Optional.empty(), Optional.empty())))
        .doesNotContain(resolved.number(), closed.number(), onTrack.number(), met.number());
    assertThat(after.atRiskTotal()).isEqualTo(before.atRiskTotal());
    assertThat(after.breachedTotal()).isEqualTo(before.breachedTotal());
    for (String queue : after.queues()) {
      assertThat(delta(before, after, Plan.ENTERPRISE, queue)).as(queue).isEqualTo(new Counts(0, 0));
    }
  }

  /** A ticket whose {@code target} is in {@code state}, due {@code minutesFromNow} (negative: past). */
  private Ticket risky(TicketStatus status, Plan plan, SlaTarget target, SlaState state, int minutesFromNow) {
    Ticket ticket = testTickets.inState(status, plan);
    testTickets.sla(ticket.id(), target, state, now.plus(Duration.ofMinutes(minutesFromNow)));
    return ticket;
  }

  private Ticket notRisky(Plan plan, String queue) {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN, plan);
    testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, queue, null);
    return ticket;
  }

  private record Counts(int atRisk, int breached) {}

  private static Counts delta(Summary before, Summary after, Plan plan, String queue) {
    Cell was = before.cell(plan, queue);
    Cell is = after.cell(plan, queue);
    return new Counts(is.atRisk() - was.atRisk(), is.breached() - was.breached());
  }

  private static List<String> numbers(List<RiskyTicket> tickets) {
    return tickets.stream().map(RiskyTicket::number).toList();
  }

  private static RiskyTicket only(List<RiskyTicket> tickets, Ticket ticket) {
    return tickets.stream().filter(t -> t.number().equals(ticket.number())).findFirst().orElseThrow();
  }
}
