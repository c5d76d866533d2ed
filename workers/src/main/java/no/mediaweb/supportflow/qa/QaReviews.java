package no.mediaweb.supportflow.qa;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code qa_review}, {@code qa_review_score}, {@code qa_dispute} and {@code qa_calibration} tables. */
@Repository
class QaReviews {

  private static final String SELECT =
      """
      SELECT r.*, t.number, t.subject, s.version AS scorecard_version,
        d.id AS d_id, d.agent AS d_agent, d.reason AS d_reason, d.disputed_at AS d_disputed_at,
        d.process_instance_key AS d_pik, d.decision AS d_decision, d.adjusted_score AS d_adjusted_score,
        d.adjusted_result AS d_adjusted_result, d.decision_note AS d_note, d.decided_by AS d_decided_by,
        d.decided_at AS d_decided_at
      FROM qa_review r JOIN ticket t ON t.id = r.ticket_id JOIN scorecard s ON s.id = r.scorecard_id
        LEFT JOIN qa_dispute d ON d.review_id = r.id
      """;

  private final JdbcClient jdbc;

  QaReviews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the review and its scores unless the task's review exists; returns the review's id. */
  long insertIfAbsent(
      long taskKey, ReviewKind kind, long ticketId, String agent, String reviewer, Scorecard scorecard, Long calibrationId,
      ScoreOutcome outcome, String summary, List<CriterionScore> scores, Instant now) {
    int inserted = jdbc.sql(
            """
            INSERT IGNORE INTO qa_review (task_key, kind, ticket_id, agent, reviewer, scorecard_id, calibration_id, score,
              result, critical_failed, summary, submitted_at)
            VALUES (:task, :kind, :ticket, :agent, :reviewer, :scorecard, :calibration, :score, :result, :critical, :summary, :now)
            """)
        .param("task", taskKey)
        .param("kind", kind.name())
        .param("ticket", ticketId)
        .param("agent", agent)
        .param("reviewer", reviewer)
        .param("scorecard", scorecard.id())
        .param("calibration", calibrationId)
        .param("score", outcome.score())
        .param("result", outcome.result().name())
        .param("critical", outcome.criticalFailed())
        .param("summary", summary)
        .param("now", toTimestamp(now))
        .update();
    long id = jdbc.sql("SELECT id FROM qa_review WHERE task_key = :task").param("task", taskKey).query(Long.class).single();
    if (inserted == 1) {
      for (CriterionScore s : scores) {
        jdbc.sql("INSERT INTO qa_review_score (review_id, criterion_id, points, comment) VALUES (:r, :c, :p, :comment)")
            .param("r", id)
            .param("c", s.criterionId())
            .param("p", s.points())
            .param("comment", s.comment())
            .update();
      }
    }
    return id;
  }

  Optional<QaReview> find(long id) {
    return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(this::map).optional();
  }

  List<QaReview> samplesOf(String agent) {
    return jdbc.sql(SELECT + " WHERE r.kind = 'SAMPLE' AND r.agent = :agent ORDER BY r.submitted_at DESC, r.id DESC")
        .param("agent", agent)
        .query(this::map)
        .list();
  }

  List<QaReview> samples(int limit) {
    return jdbc.sql(SELECT + " WHERE r.kind = 'SAMPLE' ORDER BY r.submitted_at DESC, r.id DESC LIMIT :limit")
        .param("limit", limit)
        .query(this::map)
        .list();
  }

  List<ReviewScore> scoresOf(long reviewId, Scorecard scorecard) {
    Map<Long, Criterion> criteria = scorecard.criteria().stream().collect(Collectors.toMap(Criterion::id, Function.identity()));
    return jdbc.sql("SELECT * FROM qa_review_score WHERE review_id = :id")
        .param("id", reviewId)
        .query((rs, row) -> new ReviewScore(criteria.get(rs.getLong("criterion_id")), rs.getInt("points"), rs.getString("comment")))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparingInt(s -> s.criterion().position()))
        .toList();
  }

  boolean insertDispute(long reviewId, String agent, String reason, Instant now) {
    return jdbc.sql(
                "INSERT IGNORE INTO qa_dispute (review_id, agent, reason, disputed_at) VALUES (:review, :agent, :reason, :now)")
            .param("review", reviewId)
            .param("agent", agent)
            .param("reason", reason)
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  void setDisputeProcess(long reviewId, long processInstanceKey) {
    jdbc.sql("UPDATE qa_dispute SET process_instance_key = :pik WHERE review_id = :review")
        .param("pik", processInstanceKey)
        .param("review", reviewId)
        .update();
  }

  Optional<QaReview> reviewOfDisputeProcess(long processInstanceKey) {
    return jdbc.sql(SELECT + " WHERE d.process_instance_key = :pik").param("pik", processInstanceKey).query(this::map).optional();
  }

  boolean decide(long disputeId, DisputeDecision decision, BigDecimal adjustedScore, ReviewResult adjustedResult, String note,
      String decidedBy, Instant now) {
    return jdbc.sql(
                """
                UPDATE qa_dispute SET decision = :decision, adjusted_score = :score, adjusted_result = :result,
                  decision_note = :note, decided_by = :by, decided_at = :now
                WHERE id = :id AND decision IS NULL
                """)
            .param("decision", decision.name())
            .param("score", adjustedScore)
            .param("result", adjustedResult == null ? null : adjustedResult.name())
            .param("note", note)
            .param("by", decidedBy)
            .param("now", toTimestamp(now))
            .param("id", disputeId)
            .update()
        == 1;
  }

  long insertCalibration(long ticketId, String requestedBy, List<String> reviewers, Instant now) {
    jdbc.sql("INSERT INTO qa_calibration (ticket_id, requested_by, reviewers, requested_at) VALUES (:t, :by, :reviewers, :now)")
        .param("t", ticketId)
        .param("by", requestedBy)
        .param("reviewers", String.join(",", reviewers))
        .param("now", toTimestamp(now))
        .update();
    return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
  }

  void setCalibrationProcess(long calibrationId, long processInstanceKey) {
    jdbc.sql("UPDATE qa_calibration SET process_instance_key = :pik WHERE id = :id")
        .param("pik", processInstanceKey)
        .param("id", calibrationId)
        .update();
  }

  Optional<Long> calibrationOfProcess(long processInstanceKey) {
    return jdbc.sql("SELECT id FROM qa_calibration WHERE process_instance_key = :pik")
        .param("pik", processInstanceKey)
        .query(Long.class)
        .optional();
  }

  List<Calibration> calibrations(int limit) {
    return jdbc.sql(
            """
            SELECT c.*, t.number, (SELECT COUNT(*) FROM qa_review r WHERE r.calibration_id = c.id) AS scored
            FROM qa_calibration c JOIN ticket t ON t.id = c.ticket_id
            ORDER BY c.requested_at DESC, c.id DESC LIMIT :limit
            """)
        .param("limit", limit)
        .query((rs, row) -> new Calibration(
            rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("number"), rs.getString("requested_by"),
            Arrays.asList(rs.getString("reviewers").split(",")), rs.getInt("scored"),
            fromTimestamp(rs.getTimestamp("requested_at"))))
        .list();
  }

  /** Each reviewer's score against the mean of everyone who has scored the calibration so far. */
  List<CalibrationDeviation> deviations(long calibrationId) {
    return jdbc.sql(
            """
            SELECT calibration_id, reviewer, score, group_mean, score - group_mean AS deviation
            FROM (SELECT r.calibration_id, r.reviewer, r.score, AVG(r.score) OVER (PARTITION BY r.calibration_id) AS group_mean
                  FROM qa_review r WHERE r.calibration_id = :id) scored
            ORDER BY reviewer
            """)
        .param("id", calibrationId)
        .query((rs, row) -> new CalibrationDeviation(
            rs.getLong("calibration_id"), rs.getString("reviewer"), rs.getBigDecimal("score"),
            scale(rs.getBigDecimal("group_mean")), scale(rs.getBigDecimal("deviation"))))
        .list();
  }

  /**
   * Each reviewer's calibration reviews submitted in {@code [from, to)} against their calibration's
   * group mean; calibrations scored by one reviewer only have no group and do not count.
   */
  List<ReviewerCalibration> reviewerCalibrations(Instant from, Instant to) {
    return jdbc.sql(
            """
            SELECT reviewer, COUNT(*) AS calibrations, AVG(ABS(score - group_mean)) AS mean_absolute,
              AVG(score - group_mean) AS mean_signed
            FROM (SELECT r.reviewer, r.score, r.submitted_at,
                    AVG(r.score) OVER (PARTITION BY r.calibration_id) AS group_mean,
                    COUNT(*) OVER (PARTITION BY r.calibration_id) AS reviewers
                  FROM qa_review r
                  WHERE r.kind = 'CALIBRATION' AND r.calibration_id IN (
                    SELECT c.calibration_id FROM qa_review c
                    WHERE c.kind = 'CALIBRATION' AND c.submitted_at >= :from AND c.submitted_at < :to)) scored
            WHERE reviewers >= 2 AND submitted_at >= :from AND submitted_at < :to
            GROUP BY reviewer
            ORDER BY mean_absolute DESC, reviewer
            """)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query((rs, row) -> new ReviewerCalibration(
            rs.getString("reviewer"), rs.getLong("calibrations"), scale(rs.getBigDecimal("mean_absolute")),
            scale(rs.getBigDecimal("mean_signed"))))
        .list();
  }

  private static BigDecimal scale(BigDecimal value) {
    return value.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private QaReview map(ResultSet rs, int row) throws SQLException {
    Dispute dispute = null;
    long disputeId = rs.getLong("d_id");
    if (!rs.wasNull()) {
      String decision = rs.getString("d_decision");
      String adjustedResult = rs.getString("d_adjusted_result");
      long pik = rs.getLong("d_pik");
      Long processInstanceKey = rs.wasNull() ? null : pik;
      dispute = new Dispute(
          disputeId, rs.getLong("id"), rs.getString("d_agent"), rs.getString("d_reason"),
          fromTimestamp(rs.getTimestamp("d_disputed_at")), processInstanceKey,
          decision == null ? null : DisputeDecision.valueOf(decision), rs.getBigDecimal("d_adjusted_score"),
          adjustedResult == null ? null : ReviewResult.valueOf(adjustedResult), rs.getString("d_note"),
          rs.getString("d_decided_by"), fromTimestamp(rs.getTimestamp("d_decided_at")));
    }
    long calibration = rs.getLong("calibration_id");
    Long calibrationId = rs.wasNull() ? null : calibration;
    return new QaReview(
        rs.getLong("id"), ReviewKind.valueOf(rs.getString("kind")), rs.getLong("ticket_id"), rs.getString("number"),
        rs.getString("subject"), rs.getString("agent"), rs.getString("reviewer"), rs.getLong("scorecard_id"),
        rs.getInt("scorecard_version"), calibrationId, rs.getBigDecimal("score"), ReviewResult.valueOf(rs.getString("result")),
        rs.getBoolean("critical_failed"), rs.getString("summary"), fromTimestamp(rs.getTimestamp("submitted_at")), dispute);
  }
}
