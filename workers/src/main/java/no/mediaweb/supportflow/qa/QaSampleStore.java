package no.mediaweb.supportflow.qa;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code qa_sample_run} and {@code qa_sample} tables. */
@Repository
class QaSampleStore {

  private final JdbcClient jdbc;

  QaSampleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Where the next period starts: the end of the latest draw, if any. */
  Optional<Instant> lastPeriodEnd() {
    return jdbc.sql("SELECT MAX(period_to) FROM qa_sample_run")
        .query((rs, row) -> fromTimestamp(rs.getTimestamp(1)))
        .optional();
  }

  /** Records the run unless its key exists; either way returns the stored run. */
  SampleRun insertIfAbsent(String runKey, Instant from, Instant to, long seed, double rate, int minPerAgent, Instant now) {
    jdbc.sql(
            """
            INSERT IGNORE INTO qa_sample_run (run_key, period_from, period_to, seed, sample_rate, min_per_agent, drawn_at)
            VALUES (:key, :from, :to, :seed, :rate, :min, :now)
            """)
        .param("key", runKey)
        .param("from", toTimestamp(from))
        .param("to", toTimestamp(to))
        .param("seed", seed)
        .param("rate", rate)
        .param("min", minPerAgent)
        .param("now", toTimestamp(now))
        .update();
    return find(runKey).orElseThrow();
  }

  Optional<SampleRun> find(String runKey) {
    return jdbc.sql("SELECT * FROM qa_sample_run WHERE run_key = :key")
        .param("key", runKey)
        .query(
            (rs, row) -> new SampleRun(
                rs.getLong("id"), rs.getString("run_key"), fromTimestamp(rs.getTimestamp("period_from")),
                fromTimestamp(rs.getTimestamp("period_to")), rs.getLong("seed"), rs.getDouble("sample_rate"),
                rs.getInt("min_per_agent"), fromTimestamp(rs.getTimestamp("drawn_at"))))
        .optional();
  }

  /**
   * Tickets closed in the run's period by an agent, leaving out any ticket another run has drawn
   * (this run's own earlier draw stays in, so a redelivery sees the same candidates).
   */
  List<SampleCandidate> candidates(SampleRun run) {
    return jdbc.sql(
            """
            SELECT t.id, t.assignee, c.plan, t.channel
            FROM ticket t JOIN customer c ON c.id = t.customer_id
            WHERE t.status = 'CLOSED' AND t.assignee IS NOT NULL
              AND t.closed_at >= :from AND t.closed_at < :to
              AND NOT EXISTS (SELECT 1 FROM qa_sample s WHERE s.ticket_id = t.id AND s.run_id <> :run)
            ORDER BY t.id
            """)
        .param("from", toTimestamp(run.periodFrom()))
        .param("to", toTimestamp(run.periodTo()))
        .param("run", run.id())
        .query(
            (rs, row) -> new SampleCandidate(
                rs.getLong("id"), rs.getString("assignee"), Plan.valueOf(rs.getString("plan")),
                Channel.valueOf(rs.getString("channel"))))
        .list();
  }

  void insertIfAbsent(long runId, SampleCandidate drawn) {
    jdbc.sql("INSERT IGNORE INTO qa_sample (run_id, ticket_id, agent, stratum) VALUES (:run, :ticket, :agent, :stratum)")
        .param("run", runId)
        .param("ticket", drawn.ticketId())
        .param("agent", drawn.agent())
        .param("stratum", drawn.stratum())
        .update();
  }

  List<Long> sampleOf(long runId) {
    return jdbc.sql("SELECT ticket_id FROM qa_sample WHERE run_id = :run ORDER BY ticket_id")
        .param("run", runId)
        .query(Long.class)
        .list();
  }
}
