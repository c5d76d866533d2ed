package no.mediaweb.supportflow.survey;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code survey} table. One row per ticket (unique ticket id); every step is a guarded update
 * that changes the row once, so a redelivered job or a second click reports "already done".
 */
@Repository
class Surveys {

  private static final String SELECT = "SELECT * FROM survey";

  private final JdbcClient jdbc;

  Surveys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean insertIfAbsent(long ticketId, long processInstanceKey, Plan plan, Channel channel, Instant now) {
    return jdbc.sql(
                """
                INSERT IGNORE INTO survey (ticket_id, process_instance_key, plan, channel, created_at, followup_needed)
                VALUES (:ticketId, :pik, :plan, :channel, :now, FALSE)
                """)
            .param("ticketId", ticketId)
            .param("pik", processInstanceKey)
            .param("plan", plan.name())
            .param("channel", channel.name())
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  Optional<Survey> find(long id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Surveys::map).optional();
  }

  Optional<Survey> findByTicket(long ticketId) {
    return jdbc.sql(SELECT + " WHERE ticket_id = :t").param("t", ticketId).query(Surveys::map).optional();
  }

  /** A withdrawn survey that never went out belongs to the next resolution's survey process. */
  boolean revive(long id, long processInstanceKey) {
    return jdbc.sql(
                """
                UPDATE survey SET process_instance_key = :pik, outcome = NULL, ended_at = NULL
                WHERE id = :id AND outcome = 'WITHDRAWN' AND sent_at IS NULL
                """)
            .param("pik", processInstanceKey)
            .param("id", id)
            .update()
        == 1;
  }

  boolean markSent(long id, Instant now, Instant expiresAt) {
    return jdbc.sql("UPDATE survey SET sent_at = :now, expires_at = :exp WHERE id = :id AND sent_at IS NULL AND outcome IS NULL")
            .param("now", toTimestamp(now))
            .param("exp", toTimestamp(expiresAt))
            .param("id", id)
            .update()
        == 1;
  }

  boolean withdraw(long id, long processInstanceKey, Instant now) {
    return jdbc.sql(
                """
                UPDATE survey SET outcome = 'WITHDRAWN', ended_at = :now
                WHERE id = :id AND process_instance_key = :pik AND sent_at IS NULL AND outcome IS NULL
                """)
            .param("now", toTimestamp(now))
            .param("id", id)
            .param("pik", processInstanceKey)
            .update()
        == 1;
  }

  boolean markReminded(long id, Instant now) {
    return jdbc.sql(
                """
                UPDATE survey SET reminded_at = :now
                WHERE id = :id AND sent_at IS NOT NULL AND reminded_at IS NULL AND outcome IS NULL
                """)
            .param("now", toTimestamp(now))
            .param("id", id)
            .update()
        == 1;
  }

  boolean markNoResponse(long id, Instant now) {
    return jdbc.sql("UPDATE survey SET outcome = 'NO_RESPONSE', ended_at = :now WHERE id = :id AND outcome IS NULL")
            .param("now", toTimestamp(now))
            .param("id", id)
            .update()
        == 1;
  }

  /** Stores the answer once, only while the link is out and unexpired. */
  boolean answer(long id, int score, String comment, boolean followupNeeded, Instant now) {
    return jdbc.sql(
                """
                UPDATE survey SET score = :score, comment = :comment, answered_at = :now, outcome = 'ANSWERED',
                  ended_at = :now, followup_needed = :followup
                WHERE id = :id AND sent_at IS NOT NULL AND outcome IS NULL AND expires_at > :now
                """)
            .param("score", score)
            .param("comment", comment)
            .param("followup", followupNeeded)
            .param("now", toTimestamp(now))
            .param("id", id)
            .update()
        == 1;
  }

  boolean recordFollowUp(long id, String note, String by, Instant now) {
    return jdbc.sql(
                """
                UPDATE survey SET followup_note = :note, followed_up_by = :by, followed_up_at = :now
                WHERE id = :id AND followup_needed AND followed_up_at IS NULL
                """)
            .param("note", note)
            .param("by", by)
            .param("now", toTimestamp(now))
            .param("id", id)
            .update()
        == 1;
  }

  private static Survey map(ResultSet rs, int row) throws SQLException {
    int score = rs.getInt("score");
    Integer boxedScore = rs.wasNull() ? null : score;
    String outcome = rs.getString("outcome");
    return new Survey(
        rs.getLong("id"),
        rs.getLong("ticket_id"),
        rs.getLong("process_instance_key"),
        Plan.valueOf(rs.getString("plan")),
        Channel.valueOf(rs.getString("channel")),
        fromTimestamp(rs.getTimestamp("created_at")),
        fromTimestamp(rs.getTimestamp("sent_at")),
        fromTimestamp(rs.getTimestamp("expires_at")),
        fromTimestamp(rs.getTimestamp("reminded_at")),
        fromTimestamp(rs.getTimestamp("answered_at")),
        boxedScore,
        rs.getString("comment"),
        outcome == null ? null : SurveyOutcome.valueOf(outcome),
        fromTimestamp(rs.getTimestamp("ended_at")),
        rs.getBoolean("followup_needed"),
        rs.getString("followup_note"),
        rs.getString("followed_up_by"),
        fromTimestamp(rs.getTimestamp("followed_up_at")));
  }
}
