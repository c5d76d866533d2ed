package no.mediaweb.supportflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.processes.EscalationProcess.Audience;
import no.mediaweb.supportflow.processes.EscalationProcess.Outcome;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Jobs are delivered at least once: a second delivery of each escalation step changes nothing. */
@WorkersTest
class EscalationLifecycleTest {

  @Autowired EscalationLifecycle lifecycle;
  @Autowired TestTickets testTickets;
  @Autowired Timeline timeline;
  @Autowired JdbcClient jdbc;

  private static final Routing L2_WITH_APPROVAL = new Routing("L2", true, "l2-specialists", "PT4H", "PT1H");

  @Test
  void a_redelivered_record_job_writes_one_row_and_one_timeline_event() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    long id = System.nanoTime();

    for (int delivery = 0; delivery < 2; delivery++) {
      lifecycle.record(id, "key-" + id, ticket.id(), Trigger.AGENT, "Test Agent", "BEYOND_FIRST_LEVEL", "note", L2_WITH_APPROVAL);
    }

    assertThat(count("SELECT COUNT(*) FROM escalation WHERE ticket_id = " + ticket.id())).isEqualTo(1);
    assertThat(timeline.of(ticket.id())).filteredOn(e -> e.type() == TimelineEventType.ESCALATION_ROUTED).hasSize(1);
    assertThat(count("SELECT COUNT(*) FROM staff_notification WHERE ticket_id = " + ticket.id()
        + " AND recipient = '" + TestData.MANAGER + "'")).isEqualTo(1);
  }

  @Test
  void redelivered_hand_over_close_and_reminder_jobs_notify_once() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    long id = System.nanoTime();
    lifecycle.record(id, "key-" + id, ticket.id(), Trigger.AGENT, "Test Agent", "ACCOUNT_SECURITY", "note",
        new Routing("L3", false, "l3-engineering", "PT1H", null));

    for (int delivery = 0; delivery < 2; delivery++) {
      lifecycle.handOver(id);
      lifecycle.remind(id, Audience.TIER, "42");
      lifecycle.close(id, Outcome.RESOLVED);
    }

    assertThat(timeline.of(ticket.id())).filteredOn(e -> e.type() == TimelineEventType.ESCALATION_HANDED_OVER).hasSize(1);
    assertThat(timeline.of(ticket.id())).filteredOn(e -> e.type() == TimelineEventType.ESCALATION_OVERDUE).hasSize(1);
    assertThat(count("SELECT COUNT(*) FROM staff_notification WHERE ticket_id = " + ticket.id()
        + " AND recipient = '" + TestData.AGENT + "'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM staff_notification WHERE ticket_id = " + ticket.id()
        + " AND recipient = '" + TestData.ENGINEER + "'")).isEqualTo(1);
    assertThat(jdbc.sql("SELECT state FROM escalation WHERE id = " + id).query(String.class).single()).isEqualTo("RESOLVED");
  }

  @Test
  void withdrawing_twice_leaves_one_withdrawal_on_the_timeline() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    long id = System.nanoTime();
    lifecycle.record(id, "key-" + id, ticket.id(), Trigger.AGENT, "Test Agent", "BEYOND_FIRST_LEVEL", "note", L2_WITH_APPROVAL);

    lifecycle.withdrawOpen(ticket.id());
    lifecycle.withdrawOpen(ticket.id());

    assertThat(timeline.of(ticket.id())).filteredOn(e -> e.type() == TimelineEventType.ESCALATION_WITHDRAWN).hasSize(1);
    assertThat(jdbc.sql("SELECT state FROM escalation WHERE id = " + id).query(String.class).single()).isEqualTo("WITHDRAWN");
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }
}
