package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.sla.CalendarCatalog;
import no.mediaweb.supportflow.sla.ResolutionDueDates;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.sla.calendar.BusinessCalendar;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The SLA clock of a ticket: pauses, new targets after a priority or plan change, at-risk notices. */
@WorkersTest
class TicketSlaClockTest {

  @Autowired TicketSlaService sla;
  @Autowired TicketLifecycle lifecycle;
  @Autowired TestTickets testTickets;
  @Autowired CustomerRepository customers;
  @Autowired CalendarCatalog calendars;
  @Autowired SlaClockStore clocks;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void the_reply_after_a_pause_moves_the_resolution_due_date_by_the_paused_business_time() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    Instant created = ticket.createdAt();
    insertPause(ticket.id(), created.plus(Duration.ofMinutes(10)), created.plus(Duration.ofMinutes(40)), null);
    Instant openSince = created.plus(Duration.ofMinutes(50));
    insertPause(ticket.id(), openSince, null, "open");

    ResolutionDueDates due = sla.resumeClock(ticket.id());

    Instant resumedAt = jdbc.sql("SELECT resumed_at FROM ticket_sla_pause WHERE pause_key = :k")
        .param("k", "open-" + ticket.id())
        .query(Timestamp.class)
        .single()
        .toInstant();
    Duration paused = Duration.ofMinutes(30).plus(Duration.between(openSince, resumedAt));
    assertThat(due.due()).isEqualTo(created.plus(TestTickets.RESOLUTION_TARGET).plus(paused));
    assertThat(testTickets.reload(ticket.id()).resolutionDueAt()).isEqualTo(due.due());
  }

  @Test
  void waiting_on_the_customer_starts_one_pause_however_often_the_job_is_delivered() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);

    lifecycle.markWaitingOnCustomer(ticket.id(), "job:1:wait-" + ticket.id());
    lifecycle.markWaitingOnCustomer(ticket.id(), "job:1:wait-" + ticket.id());

    assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_sla_pause WHERE ticket_id = :id AND resumed_at IS NULL")
            .param("id", ticket.id())
            .query(Long.class)
            .single())
        .isEqualTo(1);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.WAITING_ON_CUSTOMER);
  }

  @Test
  void a_priority_change_takes_the_new_targets_of_the_policy_and_recomputes_both_due_dates() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);

    sla.changePriority(ticket.number(), Priority.CRITICAL, "Test Manager");

    Ticket after = testTickets.reload(ticket.id());
    Customer customer = customers.findById(ticket.customerId()).orElseThrow();
    BusinessCalendar hours = calendars.calendarFor(CalendarCatalog.BUSINESS_HOURS, ZoneId.of(customer.timeZone()));
    assertThat(after.priority()).isEqualTo(Priority.CRITICAL);
    assertThat(after.firstResponseDueAt()).isEqualTo(hours.add(ticket.createdAt(), Duration.ofHours(4)));
    assertThat(after.resolutionDueAt()).isEqualTo(hours.add(ticket.createdAt(), Duration.ofHours(2)));
    SlaClock clock = clocks.find(ticket.id()).orElseThrow();
    assertThat(clock.calendarCode()).isEqualTo(CalendarCatalog.BUSINESS_HOURS);
    assertThat(clock.resolutionTarget()).isEqualTo(Duration.ofHours(2));
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SLA_TARGETS_SET);
  }

  @Test
  void an_enterprise_critical_ticket_counts_round_the_clock() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);

    sla.changePlan(ticket.customerId(), Plan.ENTERPRISE, "Test Manager");
    sla.changePriority(ticket.number(), Priority.CRITICAL, "Test Manager");

    Ticket after = testTickets.reload(ticket.id());
    assertThat(customers.findById(ticket.customerId()).orElseThrow().plan()).isEqualTo(Plan.ENTERPRISE);
    assertThat(after.firstResponseDueAt()).isEqualTo(ticket.createdAt().plus(Duration.ofHours(2)));
    assertThat(after.resolutionDueAt()).isEqualTo(ticket.createdAt().plus(Duration.ofHours(1)));
  }

  @Test
  void only_agents_and_managers_change_priorities() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    TestData.logInAs(TestData.QA, Role.QA);

    assertThatThrownBy(() -> sla.changePriority(ticket.number(), Priority.HIGH, "QA"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(testTickets.reload(ticket.id()).priority()).isEqualTo(Priority.NORMAL);
  }

  @Test
  void an_at_risk_ticket_notifies_its_assignee_once() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);

    sla.markAtRisk(ticket.id(), SlaTarget.RESOLUTION);
    sla.markAtRisk(ticket.id(), SlaTarget.RESOLUTION);

    assertThat(jdbc.sql("SELECT recipient FROM staff_notification WHERE ticket_id = :id")
            .param("id", ticket.id())
            .query(String.class)
            .list())
        .containsExactly(TestData.AGENT);
  }

  private void insertPause(long ticketId, Instant from, Instant to, String key) {
    jdbc.sql("INSERT INTO ticket_sla_pause (ticket_id, paused_at, resumed_at, pause_key) VALUES (:id, :from, :to, :key)")
        .param("id", ticketId)
        .param("from", Timestamp.from(from))
        .param("to", to == null ? null : Timestamp.from(to))
        .param("key", (key == null ? "closed" : key) + "-" + ticketId)
        .update();
  }
}
