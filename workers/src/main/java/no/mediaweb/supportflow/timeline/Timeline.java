package no.mediaweb.supportflow.timeline;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends events to a ticket's timeline. The event key is unique: recording the same key twice
 * (a redelivered job, a double click) keeps the first event and reports that nothing was added.
 */
@Repository
public class Timeline {

  private final JdbcClient jdbc;
  private final Clock clock;

  Timeline(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns true when the event was added, false when an event with this key exists already. */
  public boolean record(long ticketId, TimelineEventType type, String detail, String actor, String eventKey) {
    int inserted =
        jdbc.sql(
                """
                INSERT IGNORE INTO ticket_event (ticket_id, type, detail, actor, event_key, occurred_at)
                VALUES (:ticketId, :type, :detail, :actor, :eventKey, :occurredAt)
                """)
            .param("ticketId", ticketId)
            .param("type", type.name())
            .param("detail", detail == null ? null : abbreviate(detail, 1000))
            .param("actor", actor)
            .param("eventKey", eventKey)
            .param("occurredAt", toTimestamp(clock.instant()))
            .update();
    return inserted == 1;
  }

  public List<TimelineEvent> of(long ticketId) {
    return jdbc.sql(
            """
            SELECT id, ticket_id, type, detail, actor, occurred_at FROM ticket_event
            WHERE ticket_id = :ticketId ORDER BY occurred_at, id
            """)
        .param("ticketId", ticketId)
        .query(
            (rs, n) ->
                new TimelineEvent(
                    rs.getLong("id"),
                    rs.getLong("ticket_id"),
                    TimelineEventType.valueOf(rs.getString("type")),
                    rs.getString("detail"),
                    rs.getString("actor"),
                    fromTimestamp(rs.getTimestamp("occurred_at"))))
        .list();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
