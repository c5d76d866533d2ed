package no.mediaweb.supportflow.escalation;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code escalation} table. Writes are keyed by the escalation's process instance key. */
@Repository
class Escalations {

  private static final String SELECT =
      """
      SELECT e.*, t.number FROM escalation e JOIN ticket t ON t.id = e.ticket_id
      """;

  private final JdbcClient jdbc;

  Escalations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Routing(String reason, String note, String tier, String queue, boolean approvalRequired) {}

  /** Stores the escalation, or its new routing after a further escalation. Returns true when something changed. */
  boolean upsert(
      long id, String key, long ticketId, Trigger trigger, String requestedBy, Routing routing, Instant now) {
    EscalationState state = routing.approvalRequired() ? EscalationState.AWAITING_APPROVAL : EscalationState.REQUESTED;
    int inserted =
        jdbc.sql(
                """
                INSERT IGNORE INTO escalation (id, escalation_key, ticket_id, trigger_kind, reason, note, requested_by,
                  state, tier, queue, approval_required, created_at, updated_at)
                VALUES (:id, :key, :ticketId, :trigger, :reason, :note, :requestedBy, :state, :tier, :queue,
                  :approval, :now, :now)
                """)
            .param("id", id)
            .param("key", key)
            .param("ticketId", ticketId)
            .param("trigger", trigger.name())
            .param("reason", routing.reason())
            .param("note", routing.note())
            .param("requestedBy", requestedBy)
            .param("state", state.name())
            .param("tier", routing.tier())
            .param("queue", routing.queue())
            .param("approval", routing.approvalRequired())
            .param("now", toTimestamp(now))
            .update();
    if (inserted == 1) {
      return true;
    }
    return jdbc.sql(
                """
                UPDATE escalation SET reason = :reason, note = :note, state = :state, tier = :tier, queue = :queue,
                  approval_required = :approval, decided_by = NULL, decision_reason = NULL, updated_at = :now
                WHERE id = :id AND (reason <> :reason OR tier <> :tier)
                """)
            .param("id", id)
            .param("reason", routing.reason())
            .param("note", routing.note())
            .param("state", state.name())
            .param("tier", routing.tier())
            .param("queue", routing.queue())
            .param("approval", routing.approvalRequired())
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  /** Records a manager's (or the breach's) decision; false when it was recorded already. */
  boolean decide(long id, EscalationState state, String decidedBy, String reason, Instant now) {
    return jdbc.sql(
                """
                UPDATE escalation SET state = :state, decided_by = :by, decision_reason = :reason, updated_at = :now
                WHERE id = :id AND state = 'AWAITING_APPROVAL'
                """)
            .param("id", id)
            .param("state", state.name())
            .param("by", decidedBy)
            .param("reason", reason)
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  /** Moves an open escalation to {@code state}; false when it is there already or no longer open. */
  boolean moveTo(long id, EscalationState state, Instant now) {
    return jdbc.sql(
                """
                UPDATE escalation SET state = :state, updated_at = :now
                WHERE id = :id AND state IN ('REQUESTED', 'AWAITING_APPROVAL', 'WITH_TIER') AND state <> :state
                """)
            .param("id", id)
            .param("state", state.name())
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  void recordOutcomeNote(long id, String note, Instant now) {
    jdbc.sql("UPDATE escalation SET outcome_note = :note, updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("note", note)
        .param("now", toTimestamp(now))
        .update();
  }

  Optional<Escalation> find(long id) {
    return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(this::map).optional();
  }

  List<Escalation> ofTicket(long ticketId) {
    return jdbc.sql(SELECT + " WHERE e.ticket_id = :ticketId ORDER BY e.created_at, e.id")
        .param("ticketId", ticketId)
        .query(this::map)
        .list();
  }

  List<Escalation> openOfTicket(long ticketId) {
    return jdbc.sql(SELECT + " WHERE e.ticket_id = :ticketId AND e.state IN ('REQUESTED', 'AWAITING_APPROVAL', 'WITH_TIER')")
        .param("ticketId", ticketId)
        .query(this::map)
        .list();
  }

  private Escalation map(ResultSet rs, int row) throws SQLException {
    return new Escalation(
        rs.getLong("id"),
        rs.getString("escalation_key"),
        rs.getLong("ticket_id"),
        rs.getString("number"),
        Trigger.valueOf(rs.getString("trigger_kind")),
        rs.getString("reason"),
        rs.getString("note"),
        rs.getString("requested_by"),
        EscalationState.valueOf(rs.getString("state")),
        rs.getString("tier"),
        rs.getString("queue"),
        rs.getBoolean("approval_required"),
        rs.getString("decided_by"),
        rs.getString("decision_reason"),
        rs.getString("outcome_note"),
        fromTimestamp(rs.getTimestamp("created_at")),
        fromTimestamp(rs.getTimestamp("updated_at")));
  }
}
