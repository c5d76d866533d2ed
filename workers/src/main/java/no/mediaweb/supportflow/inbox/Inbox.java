package no.mediaweb.supportflow.inbox;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code human_task} table. Claims are guarded updates, so two agents never hold one task. */
@Repository
class Inbox {

  private static final String SELECT =
      """
      SELECT h.job_key, h.process_instance_key, h.ticket_id, t.number, t.subject, c.name AS customer_name, c.plan, t.priority,
        h.element_id, h.name, h.candidate_group, h.assignee, h.state, h.due_at, h.created_at,
        CASE WHEN h.element_id = '%s' THEN t.first_response_sla ELSE t.resolution_sla END AS sla_state
      FROM human_task h JOIN ticket t ON t.id = h.ticket_id JOIN customer c ON c.id = t.customer_id
      """
          .formatted(Elements.SEND_FIRST_RESPONSE);

  private final JdbcClient jdbc;

  Inbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a newly activated task; a redelivered activation keeps the stored row. A task without a
   * ticket has ticket_id NULL, so the queries here (which join the ticket) never list it.
   */
  boolean insertIfAbsent(
      long jobKey, long processInstanceKey, Long ticketId, String elementId, String name, String candidateGroup,
      String assignee, Instant dueAt, Instant now) {
    return jdbc.sql(
                """
                INSERT IGNORE INTO human_task (job_key, process_instance_key, ticket_id, element_id, name,
                  candidate_group, assignee, state, due_at, created_at)
                VALUES (:jobKey, :pik, :ticketId, :elementId, :name, :group, :assignee, 'OPEN', :dueAt, :now)
                """)
            .param("jobKey", jobKey)
            .param("pik", processInstanceKey)
            .param("ticketId", ticketId)
            .param("elementId", elementId)
            .param("name", name)
            .param("group", candidateGroup)
            .param("assignee", assignee)
            .param("dueAt", toTimestamp(dueAt))
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  Optional<InboxTask> find(long jobKey) {
    return jdbc.sql(SELECT + " WHERE h.job_key = :jobKey").param("jobKey", jobKey).query(this::map).optional();
  }

  List<InboxTask> assignedTo(String username) {
    return jdbc.sql(SELECT + " WHERE h.state = 'OPEN' AND h.assignee = :username ORDER BY h.due_at IS NULL, h.due_at, h.job_key")
        .param("username", username)
        .query(this::map)
        .list();
  }

  List<InboxTask> unassignedIn(Collection<String> groups) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT
                + " WHERE h.state = 'OPEN' AND h.assignee IS NULL AND h.candidate_group IN (:groups)"
                + " ORDER BY h.due_at IS NULL, h.due_at, h.job_key")
        .param("groups", groups)
        .query(this::map)
        .list();
  }

  List<InboxTask> openForTicket(long ticketId) {
    return jdbc.sql(SELECT + " WHERE h.state = 'OPEN' AND h.ticket_id = :ticketId ORDER BY h.created_at")
        .param("ticketId", ticketId)
        .query(this::map)
        .list();
  }

  List<InboxTask> openIn(String group) {
    return jdbc.sql(SELECT + " WHERE h.state = 'OPEN' AND h.candidate_group = :group ORDER BY h.created_at, h.job_key")
        .param("group", group)
        .query(this::map)
        .list();
  }

  List<InboxTask> openForProcessInstance(long processInstanceKey) {
    return jdbc.sql(SELECT + " WHERE h.state = 'OPEN' AND h.process_instance_key = :pik ORDER BY h.created_at")
        .param("pik", processInstanceKey)
        .query(this::map)
        .list();
  }

  void reassignOpen(long ticketId, Collection<String> elementIds, String username) {
    jdbc.sql("UPDATE human_task SET assignee = :u WHERE ticket_id = :t AND state = 'OPEN' AND element_id IN (:elements)")
        .param("u", username)
        .param("t", ticketId)
        .param("elements", elementIds)
        .update();
  }

  boolean claim(long jobKey, String username) {
    return jdbc.sql("UPDATE human_task SET assignee = :u WHERE job_key = :k AND state = 'OPEN' AND assignee IS NULL")
            .param("u", username)
            .param("k", jobKey)
            .update()
        == 1;
  }

  boolean release(long jobKey, String username) {
    return jdbc.sql("UPDATE human_task SET assignee = NULL WHERE job_key = :k AND state = 'OPEN' AND assignee = :u")
            .param("u", username)
            .param("k", jobKey)
            .update()
        == 1;
  }

  boolean end(long jobKey, TaskState state, String username, Instant now) {
    return jdbc.sql(
                """
                UPDATE human_task SET state = :state, ended_at = :now, ended_by = :u
                WHERE job_key = :k AND state = 'OPEN'
                """)
            .param("state", state.name())
            .param("now", toTimestamp(now))
            .param("u", username)
            .param("k", jobKey)
            .update()
        == 1;
  }

  /** Completes a task whose answer a recovery finishes, also when it was withdrawn while the application was down. */
  boolean endRecovered(long jobKey, String username, Instant now) {
    return jdbc.sql(
                """
                UPDATE human_task SET state = 'COMPLETED', assignee = COALESCE(assignee, :u), ended_at = :now, ended_by = :u
                WHERE job_key = :k AND state IN ('OPEN', 'WITHDRAWN')
                """)
            .param("now", toTimestamp(now))
            .param("u", username)
            .param("k", jobKey)
            .update()
        == 1;
  }

  private InboxTask map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new InboxTask(
        rs.getLong("job_key"),
        rs.getLong("process_instance_key"),
        rs.getLong("ticket_id"),
        rs.getString("number"),
        rs.getString("subject"),
        rs.getString("customer_name"),
        Plan.valueOf(rs.getString("plan")),
        Priority.valueOf(rs.getString("priority")),
        rs.getString("element_id"),
        rs.getString("name"),
        rs.getString("candidate_group"),
        rs.getString("assignee"),
        TaskState.valueOf(rs.getString("state")),
        fromTimestamp(rs.getTimestamp("due_at")),
        SlaState.valueOf(rs.getString("sla_state")),
        fromTimestamp(rs.getTimestamp("created_at")));
  }
}
