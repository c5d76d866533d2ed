package no.mediaweb.supportflow.reporting.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code metric_review} table and the open review tasks in {@code human_task}. A review task
 * belongs to the month its process instance computed: {@code metric_month.computed_by} is
 * {@code monthly-metrics/<process instance key>}.
 */
@Repository
class MetricReviewStore {

  static final String COMPUTED_BY_PREFIX = MonthlyMetricsProcess.PROCESS_ID + "/";

  private final JdbcClient jdbc;

  MetricReviewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Files the month's review unless it has one; returns whether this call wrote it. */
  boolean insertIfAbsent(YearMonth month, long processInstanceKey, String notes, String actions, String reviewedBy, Instant at) {
    return jdbc.sql(
                """
                INSERT IGNORE INTO metric_review (month, process_instance_key, notes, actions, reviewed_by, reviewed_at)
                VALUES (:month, :pik, :notes, :actions, :by, :at)
                """)
            .param("month", month.atDay(1))
            .param("pik", processInstanceKey)
            .param("notes", notes)
            .param("actions", actions)
            .param("by", reviewedBy)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  Optional<MonthlyReview> find(YearMonth month) {
    return jdbc.sql("SELECT month, notes, actions, reviewed_by, reviewed_at FROM metric_review WHERE month = :month")
        .param("month", month.atDay(1))
        .query((rs, n) -> new MonthlyReview(
            YearMonth.from(rs.getObject("month", LocalDate.class)),
            rs.getString("notes"),
            rs.getString("actions"),
            rs.getString("reviewed_by"),
            rs.getTimestamp("reviewed_at").toInstant()))
        .optional();
  }

  List<OpenMonthlyReview> open() {
    return jdbc.sql(
            """
            SELECT m.month, h.job_key, h.due_at FROM human_task h
            JOIN metric_month m ON m.computed_by = CONCAT(:prefix, h.process_instance_key)
            WHERE h.element_id = :element AND h.state = 'OPEN' AND h.ticket_id IS NULL
            ORDER BY m.month DESC
            """)
        .param("prefix", COMPUTED_BY_PREFIX)
        .param("element", MonthlyMetricsProcess.Elements.REVIEW_METRICS)
        .query((rs, n) -> new OpenMonthlyReview(
            YearMonth.from(rs.getObject("month", LocalDate.class)),
            rs.getLong("job_key"),
            rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant()))
        .list();
  }

  Optional<OpenMonthlyReview> openTask(long jobKey) {
    return open().stream().filter(review -> review.jobKey() == jobKey).findFirst();
  }

  /** Ends the open review task; false when it was no longer open. */
  boolean endTask(long jobKey, String state, String username, Instant now) {
    return jdbc.sql(
                """
                UPDATE human_task SET state = :state, ended_at = :now, ended_by = :u
                WHERE job_key = :k AND state = 'OPEN' AND element_id = :element
                """)
            .param("state", state)
            .param("now", Timestamp.from(now))
            .param("u", username)
            .param("k", jobKey)
            .param("element", MonthlyMetricsProcess.Elements.REVIEW_METRICS)
            .update()
        == 1;
  }
}
