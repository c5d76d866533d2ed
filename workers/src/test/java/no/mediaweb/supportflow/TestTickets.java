package no.mediaweb.supportflow;

import no.mediaweb.supportflow.testing.SharedClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ticket rows written straight to the database in the state a step expects, without a process
 * instance or timers, and counts of what the step wrote for them.
 */
@Component
public class TestTickets {

  /** Targets of the tickets made here, on the round-the-clock calendar so due dates are start + target. */
  public static final Duration FIRST_RESPONSE_TARGET = Duration.ofHours(4);
  public static final Duration RESOLUTION_TARGET = Duration.ofDays(3);
  public static final Duration NEXT_REPLY_TARGET = Duration.ofHours(4);

  private final TicketRepository tickets;
  private final TestData testData;
  private final JdbcClient jdbc;

  TestTickets(TicketRepository tickets, TestData testData, JdbcClient jdbc) {
    this.tickets = tickets;
    this.testData = testData;
    this.jdbc = jdbc;
  }

  /**
   * A Pro customer's ticket in {@code status}, created an hour ago. From OPEN on it has due dates;
   * from IN_PROGRESS on it has had its first response and belongs to {@link TestData#AGENT}.
   */
  public Ticket inState(TicketStatus status) {
    return inState(status, Plan.PRO);
  }

  /** A ticket as {@link #inState(TicketStatus)}, of a new customer on {@code plan}. */
  public Ticket inState(TicketStatus status, Plan plan) {
    Customer customer = testData.customer(plan);
    Instant now = SharedClock.now().truncatedTo(ChronoUnit.MICROS);
    Instant created = now.minus(Duration.ofHours(1));
    boolean scheduled = status != TicketStatus.NEW;
    boolean answered = scheduled && status != TicketStatus.OPEN;
    boolean resolved = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED;
    Ticket saved =
        tickets.save(
            new Ticket(
                null, null, customer.id(), "Contact form stopped sending", "Since Monday the form fails.",
                Priority.NORMAL, status, Channel.WEB, answered ? TestData.AGENT : null, null,
                scheduled ? created.plus(FIRST_RESPONSE_TARGET) : null,
                scheduled ? created.plus(FIRST_RESPONSE_TARGET.multipliedBy(3).dividedBy(4)) : null,
                scheduled ? created.plus(RESOLUTION_TARGET) : null,
                scheduled ? created.plus(RESOLUTION_TARGET.multipliedBy(3).dividedBy(4)) : null,
                answered ? created.plus(Duration.ofMinutes(20)) : null,
                resolved ? now.minus(Duration.ofMinutes(5)) : null,
                null, null,
                answered ? SlaState.MET : SlaState.ON_TRACK,
                resolved ? SlaState.MET : SlaState.ON_TRACK,
                created, created, 0, Category.OTHER, false));
    tickets.assignNumber(saved.id(), Ticket.numberFor(saved.id()));
    if (scheduled) {
      jdbc.sql(
              """
              INSERT INTO ticket_sla (ticket_id, calendar_code, first_response_target, resolution_target,
                next_reply_target, resolution_clock_started_at, resolution_clock_target, updated_at)
              VALUES (:id, 'round-the-clock', :fr, :res, :next, :created, :res, :created)
              """)
          .param("id", saved.id())
          .param("fr", FIRST_RESPONSE_TARGET.toString())
          .param("res", RESOLUTION_TARGET.toString())
          .param("next", NEXT_REPLY_TARGET.toString())
          .param("created", java.sql.Timestamp.from(created))
          .update();
    }
    return reload(saved.id());
  }

  public Ticket reload(long ticketId) {
    return tickets.findById(ticketId).orElseThrow();
  }

  /** Inserts an open inbox task for a job the engine has never heard of; returns its job key. */
  public long openTask(long ticketId, String elementId, String candidateGroup, String assignee) {
    long jobKey = TestJobs.unknownJobKey();
    jdbc.sql(
            """
            INSERT INTO human_task (job_key, process_instance_key, ticket_id, element_id, name,
              candidate_group, assignee, state, due_at, created_at)
            VALUES (:jobKey, :pik, :ticketId, :elementId, :name, :group, :assignee, 'OPEN', NULL, :now)
            """)
        .param("jobKey", jobKey)
        .param("pik", jobKey + 500_000_000L)
        .param("ticketId", ticketId)
        .param("elementId", elementId)
        .param("name", elementId)
        .param("group", candidateGroup)
        .param("assignee", assignee)
        .param("now", Timestamp.from(SharedClock.now()))
        .update();
    return jobKey;
  }

  /** Sets where the ticket stands against one SLA target and when that target is due. */
  public void sla(long ticketId, SlaTarget target, SlaState state, Instant dueAt) {
    String column =
        switch (target) {
          case FIRST_RESPONSE -> "first_response";
          case RESOLUTION -> "resolution";
        };
    jdbc.sql("UPDATE ticket SET %1$s_sla = :state, %1$s_due_at = :due WHERE id = :id".formatted(column))
        .param("state", state.name())
        .param("due", Timestamp.from(dueAt))
        .param("id", ticketId)
        .update();
  }

  /** Ends an inbox task the way a completed step does. */
  public void completeTask(long jobKey) {
    jdbc.sql("UPDATE human_task SET state = 'COMPLETED', ended_at = :now, ended_by = :u WHERE job_key = :k")
        .param("now", Timestamp.from(SharedClock.now()))
        .param("u", TestData.AGENT)
        .param("k", jobKey)
        .update();
  }

  public long messages(long ticketId) {
    return count("ticket_message", ticketId);
  }

  public long events(long ticketId) {
    return count("ticket_event", ticketId);
  }

  public long tasks(long ticketId) {
    return count("human_task", ticketId);
  }

  public List<TimelineEventType> eventTypes(long ticketId) {
    return jdbc.sql("SELECT type FROM ticket_event WHERE ticket_id = :id ORDER BY id")
        .param("id", ticketId)
        .query((rs, n) -> TimelineEventType.valueOf(rs.getString("type")))
        .list();
  }

  /** What the inbox row of {@code jobKey} holds; null columns stay null. */
  public TaskRow task(long jobKey) {
    return jdbc.sql(
            "SELECT ticket_id, element_id, candidate_group, assignee, state, due_at, ended_by FROM human_task WHERE job_key = :k")
        .param("k", jobKey)
        .query(
            (rs, n) ->
                new TaskRow(
                    rs.getLong("ticket_id"),
                    rs.getString("element_id"),
                    rs.getString("candidate_group"),
                    rs.getString("assignee"),
                    rs.getString("state"),
                    rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
                    rs.getString("ended_by")))
        .single();
  }

  public record TaskRow(
      long ticketId, String elementId, String candidateGroup, String assignee, String state, Instant dueAt,
      String endedBy) {}

  private long count(String table, long ticketId) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE ticket_id = :id")
        .param("id", ticketId)
        .query(Long.class)
        .single();
  }
}
