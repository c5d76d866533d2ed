package no.mediaweb.supportflow.inbox;

import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.AgentResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code task_completion} table: answers being completed. A completion in progress holds its
 * row locked (it removes the row first), so the recovery only ever takes rows nobody is working on.
 */
@Repository
class CompletionJournal {

  record PendingCompletion(long jobKey, String username, AgentResponse response) {}

  private final JdbcClient jdbc;

  CompletionJournal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes the answer down unless one is there already: a completion in progress (this waits for it
   * to end) or one a crash cut short. Returns false when one is there.
   */
  boolean recordIfAbsent(long jobKey, String username, AgentResponse response, Instant now) {
    return jdbc.sql(
                """
                INSERT IGNORE INTO task_completion (job_key, username, action, body, requested_at)
                VALUES (:jobKey, :username, :action, :body, :now)
                """)
            .param("jobKey", jobKey)
            .param("username", username)
            .param("action", response.action().name())
            .param("body", response.body() == null ? "" : response.body())
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  void remove(long jobKey) {
    jdbc.sql("DELETE FROM task_completion WHERE job_key = :jobKey").param("jobKey", jobKey).update();
  }

  List<Long> requestedBefore(Instant cutoff, int limit) {
    return jdbc.sql("SELECT job_key FROM task_completion WHERE requested_at < :cutoff ORDER BY requested_at LIMIT :limit")
        .param("cutoff", toTimestamp(cutoff))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** The row, locked for this transaction; empty when it is gone or a completion in progress holds it. */
  Optional<PendingCompletion> lock(long jobKey) {
    return jdbc.sql("SELECT job_key, username, action, body FROM task_completion WHERE job_key = :jobKey FOR UPDATE SKIP LOCKED")
        .param("jobKey", jobKey)
        .query((rs, n) -> new PendingCompletion(
            rs.getLong(1), rs.getString(2), new AgentResponse(AgentAction.valueOf(rs.getString(3)), rs.getString(4))))
        .optional();
  }
}
