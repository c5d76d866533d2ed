package no.mediaweb.supportflow.reporting.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.mediaweb.supportflow.reporting.metrics.MetricDefinitions.Cohort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a month into the summary tables: one GROUP BY query per cohort, merged per plan, channel
 * and agent, written in one transaction that first removes the month's previous rows.
 */
@Service
public class MonthlyMetricsCalculator {

  private record Key(String plan, String channel, String agent) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      return (plan + '\0' + channel + '\0' + agent).compareTo(other.plan + '\0' + other.channel + '\0' + other.agent);
    }
  }

  private record EscalationKey(Key key, String tier, String reason) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final ReportingProperties properties;
  private final Clock clock;

  MonthlyMetricsCalculator(JdbcClient jdbc, JdbcTemplate batch, ReportingProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.properties = properties;
    this.clock = clock;
  }

  /** Computes {@code month} (in the reporting zone), replacing whatever was stored for it. */
  @Transactional
  public void compute(YearMonth month, String computedBy) {
    Instant from = properties.startOf(month);
    Instant to = properties.endOf(month);
    Map<String, Object> period = MetricDefinitions.parameters(from, to, MetricsFilter.of(month));
    Map<Key, FiguresSum> sums = new TreeMap<>();
    Map<Key, String> teams = new TreeMap<>();

    for (Cohort cohort : List.of(Cohort.CREATED, Cohort.FIRST_RESPONSE, Cohort.RESOLVED, Cohort.BACKLOG_AT_END,
        Cohort.SURVEY_SENT, Cohort.QA_REVIEWED)) {
      jdbc.sql("SELECT x.plan, x.channel, x.agent, x.team, " + cohort.sums() + " FROM (" + cohort.rows() + ") x"
              + " GROUP BY x.plan, x.channel, x.agent, x.team")
          .params(period)
          .query(rs -> {
            Key key = new Key(rs.getString("plan"), rs.getString("channel"), rs.getString("agent"));
            teams.put(key, rs.getString("team"));
            sums.computeIfAbsent(key, k -> new FiguresSum()).addCohortSums(cohort, rs);
          });
    }
    for (Cohort cohort : List.of(Cohort.FIRST_RESPONSE, Cohort.RESOLVED)) {
      String measure = cohort == Cohort.FIRST_RESPONSE ? FiguresSum.MEASURE_FIRST_RESPONSE : FiguresSum.MEASURE_RESOLUTION;
      jdbc.sql("SELECT x.plan, x.channel, x.agent, x.bucket, COUNT(*) AS tickets FROM (" + cohort.rows() + ") x"
              + " GROUP BY x.plan, x.channel, x.agent, x.bucket")
          .params(period)
          .query(rs -> {
            Key key = new Key(rs.getString("plan"), rs.getString("channel"), rs.getString("agent"));
            sums.computeIfAbsent(key, k -> new FiguresSum()).addHistogram(measure, rs.getInt("bucket"), rs.getLong("tickets"));
          });
    }
    Map<EscalationKey, Long> escalations = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT x.plan, x.channel, x.agent, x.team, x.tier, x.reason, " + Cohort.ESCALATION_STARTED.sums()
            + " FROM (" + Cohort.ESCALATION_STARTED.rows() + ") x GROUP BY x.plan, x.channel, x.agent, x.team, x.tier, x.reason")
        .params(period)
        .query(rs -> {
          Key key = new Key(rs.getString("plan"), rs.getString("channel"), rs.getString("agent"));
          teams.put(key, rs.getString("team"));
          sums.computeIfAbsent(key, k -> new FiguresSum());
          escalations.put(new EscalationKey(key, rs.getString("tier"), rs.getString("reason")), rs.getLong("escalations"));
        });

    LocalDate monthDate = month.atDay(1);
    replaceMonth(monthDate, from, to, computedBy);
    writeSummary(monthDate, sums, teams);
    writeHistograms(monthDate, sums);
    writeEscalations(monthDate, escalations);
    writeQa(monthDate, sums, teams);
  }

  private void replaceMonth(LocalDate month, Instant from, Instant to, String computedBy) {
    for (String table : List.of("metric_duration_histogram", "metric_escalation", "metric_qa", "metric_summary")) {
      jdbc.sql("DELETE FROM " + table + " WHERE month = :month").param("month", month).update();
    }
    Map<String, Object> row = Map.of(
        "month", month,
        "zone", properties.zone().getId(),
        "from", Timestamp.from(from),
        "to", Timestamp.from(to),
        "at", Timestamp.from(clock.instant()),
        "by", computedBy);
    int updated = jdbc.sql("UPDATE metric_month SET zone = :zone, period_from = :from, period_to = :to, computed_at = :at,"
            + " computed_by = :by WHERE month = :month")
        .params(row)
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO metric_month (month, zone, period_from, period_to, computed_at, computed_by)"
              + " VALUES (:month, :zone, :from, :to, :at, :by)")
          .params(row)
          .update();
    }
  }

  private void writeSummary(LocalDate month, Map<Key, FiguresSum> sums, Map<Key, String> teams) {
    List<Object[]> rows = new ArrayList<>();
    sums.forEach((key, s) -> rows.add(new Object[] {
        month, key.plan(), key.channel(), key.agent(), teams.getOrDefault(key, ""),
        s.ticketsCreated, s.ticketsEscalated,
        s.firstResponses, s.firstResponseMinutes, s.firstResponses - s.firstResponseBreached, s.firstResponseBreached,
        s.resolved, s.resolutionMinutes, s.resolved - s.resolutionBreached, s.resolutionBreached,
        s.reopened, s.firstContactResolved, s.backlogAtEnd,
        s.surveysSent, s.surveysAnswered, s.surveyScoreSum, s.surveysSatisfied}));
    batch.batchUpdate(
        """
        INSERT INTO metric_summary (month, plan, channel, agent, team, tickets_created, tickets_escalated,
          first_responses, first_response_minutes, first_response_met, first_response_breached,
          resolved, resolution_minutes, resolution_met, resolution_breached, reopened, first_contact_resolved,
          backlog_at_end, surveys_sent, surveys_answered, survey_score_sum, surveys_satisfied)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows);
  }

  private void writeHistograms(LocalDate month, Map<Key, FiguresSum> sums) {
    List<Object[]> rows = new ArrayList<>();
    sums.forEach((key, s) -> {
      for (String measure : List.of(FiguresSum.MEASURE_FIRST_RESPONSE, FiguresSum.MEASURE_RESOLUTION)) {
        long[] histogram = s.histogram(measure);
        for (int bucket = 0; bucket < histogram.length; bucket++) {
          if (histogram[bucket] > 0) {
            rows.add(new Object[] {month, key.plan(), key.channel(), key.agent(), measure, bucket, histogram[bucket]});
          }
        }
      }
    });
    batch.batchUpdate(
        "INSERT INTO metric_duration_histogram (month, plan, channel, agent, measure, bucket, tickets) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  private void writeEscalations(LocalDate month, Map<EscalationKey, Long> escalations) {
    List<Object[]> rows = new ArrayList<>();
    escalations.forEach((e, count) -> rows.add(
        new Object[] {month, e.key().plan(), e.key().channel(), e.key().agent(), e.tier(), e.reason(), count}));
    batch.batchUpdate(
        "INSERT INTO metric_escalation (month, plan, channel, agent, tier, reason, escalations) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  private void writeQa(LocalDate month, Map<Key, FiguresSum> sums, Map<Key, String> teams) {
    List<Object[]> rows = new ArrayList<>();
    sums.forEach((key, s) -> {
      if (s.qaReviews > 0) {
        rows.add(new Object[] {month, key.plan(), key.channel(), key.agent(), teams.getOrDefault(key, ""), s.qaReviews,
            s.qaScoreSum, s.qaFailed});
      }
    });
    batch.batchUpdate(
        "INSERT INTO metric_qa (month, plan, channel, agent, team, reviews, score_sum, failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }
}
