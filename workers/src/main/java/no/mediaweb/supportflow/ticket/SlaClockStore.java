package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.sla.calendar.Pause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ticket_sla} and {@code ticket_sla_pause} tables. */
@Repository
class SlaClockStore {

  private final JdbcClient jdbc;

  SlaClockStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(long ticketId, SlaClock clock, Instant now) {
    jdbc.sql(
            """
            INSERT IGNORE INTO ticket_sla (ticket_id, calendar_code, first_response_target, resolution_target,
              next_reply_target, resolution_clock_started_at, resolution_clock_target, updated_at)
            VALUES (:id, :cal, :fr, :res, :next, :start, :clockTarget, :now)
            """)
        .params(params(ticketId, clock, now))
        .update();
    jdbc.sql(
            """
            UPDATE ticket_sla SET calendar_code = :cal, first_response_target = :fr, resolution_target = :res,
              next_reply_target = :next, resolution_clock_started_at = :start, resolution_clock_target = :clockTarget,
              updated_at = :now
            WHERE ticket_id = :id
            """)
        .params(params(ticketId, clock, now))
        .update();
  }

  Optional<SlaClock> find(long ticketId) {
    return jdbc.sql(
            """
            SELECT calendar_code, first_response_target, resolution_target, next_reply_target,
              resolution_clock_started_at, resolution_clock_target
            FROM ticket_sla WHERE ticket_id = :id
            """)
        .param("id", ticketId)
        .query(
            (rs, row) ->
                new SlaClock(
                    rs.getString("calendar_code"),
                    Duration.parse(rs.getString("first_response_target")),
                    Duration.parse(rs.getString("resolution_target")),
                    Duration.parse(rs.getString("next_reply_target")),
                    fromTimestamp(rs.getTimestamp("resolution_clock_started_at")),
                    Duration.parse(rs.getString("resolution_clock_target"))))
        .optional();
  }

  /** Stops the clock unless it is stopped already; the key makes a repeated call harmless. */
  void startPause(long ticketId, Instant at, String key) {
    jdbc.sql(
            """
            INSERT IGNORE INTO ticket_sla_pause (ticket_id, paused_at, pause_key)
            SELECT :id, :at, :key FROM DUAL
            WHERE NOT EXISTS (SELECT 1 FROM ticket_sla_pause WHERE ticket_id = :id AND resumed_at IS NULL)
            """)
        .param("id", ticketId)
        .param("at", toTimestamp(at))
        .param("key", key)
        .update();
  }

  void endPause(long ticketId, Instant at) {
    jdbc.sql("UPDATE ticket_sla_pause SET resumed_at = :at WHERE ticket_id = :id AND resumed_at IS NULL")
        .param("id", ticketId)
        .param("at", toTimestamp(at))
        .update();
  }

  /** The ticket's pauses; one still running counts until {@code now}. */
  List<Pause> pauses(long ticketId, Instant now) {
    return jdbc.sql("SELECT paused_at, resumed_at FROM ticket_sla_pause WHERE ticket_id = :id ORDER BY paused_at")
        .param("id", ticketId)
        .query(
            (rs, row) -> {
              Instant from = fromTimestamp(rs.getTimestamp("paused_at"));
              Instant to = fromTimestamp(rs.getTimestamp("resumed_at"));
              return Pause.between(from, to == null ? (now.isAfter(from) ? now : from) : to);
            })
        .list();
  }

  private static java.util.Map<String, Object> params(long ticketId, SlaClock clock, Instant now) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("id", ticketId);
    params.put("cal", clock.calendarCode());
    params.put("fr", clock.firstResponseTarget().toString());
    params.put("res", clock.resolutionTarget().toString());
    params.put("next", clock.nextReplyTarget().toString());
    params.put("start", toTimestamp(clock.resolutionClockStartedAt()));
    params.put("clockTarget", clock.resolutionClockTarget().toString());
    params.put("now", toTimestamp(now));
    return params;
  }
}
