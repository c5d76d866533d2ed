package no.mediaweb.supportflow.reporting.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/** Running sums of the figures and histograms, from cohort sums or summary rows, turned into {@link MonthFigures}. */
final class FiguresSum {

  long ticketsCreated;
  long ticketsEscalated;
  long firstResponses;
  long firstResponseMinutes;
  long firstResponseBreached;
  long resolved;
  long resolutionMinutes;
  long resolutionBreached;
  long reopened;
  long firstContactResolved;
  long backlogAtEnd;
  long surveysSent;
  long surveysAnswered;
  long surveyScoreSum;
  long surveysSatisfied;
  long qaReviews;
  BigDecimal qaScoreSum = BigDecimal.ZERO;
  long qaFailed;
  final long[] firstResponseHistogram = new long[DurationBuckets.count()];
  final long[] resolutionHistogram = new long[DurationBuckets.count()];

  /** Adds one row of a cohort's {@link MetricDefinitions.Cohort#sums()}. */
  void addCohortSums(MetricDefinitions.Cohort cohort, ResultSet rs) throws SQLException {
    switch (cohort) {
      case CREATED -> {
        ticketsCreated += rs.getLong("tickets");
        ticketsEscalated += rs.getLong("escalated");
      }
      case FIRST_RESPONSE -> {
        firstResponses += rs.getLong("tickets");
        firstResponseMinutes += rs.getLong("minutes");
        firstResponseBreached += rs.getLong("breached");
      }
      case RESOLVED -> {
        resolved += rs.getLong("tickets");
        resolutionMinutes += rs.getLong("minutes");
        resolutionBreached += rs.getLong("breached");
        reopened += rs.getLong("reopened");
        firstContactResolved += rs.getLong("first_contact");
      }
      case BACKLOG_AT_END -> backlogAtEnd += rs.getLong("tickets");
      case SURVEY_SENT -> {
        surveysSent += rs.getLong("tickets");
        surveysAnswered += rs.getLong("answered");
        surveyScoreSum += rs.getLong("score");
        surveysSatisfied += rs.getLong("satisfied");
      }
      case QA_REVIEWED -> {
        qaReviews += rs.getLong("reviews");
        qaScoreSum = qaScoreSum.add(rs.getBigDecimal("score"));
        qaFailed += rs.getLong("failed");
      }
      case ESCALATION_STARTED -> throw new IllegalArgumentException("escalations are counted by tier and reason");
    }
  }

  /** Adds one metric_summary row. */
  void addSummaryRow(ResultSet rs) throws SQLException {
    ticketsCreated += rs.getLong("tickets_created");
    ticketsEscalated += rs.getLong("tickets_escalated");
    firstResponses += rs.getLong("first_responses");
    firstResponseMinutes += rs.getLong("first_response_minutes");
    firstResponseBreached += rs.getLong("first_response_breached");
    resolved += rs.getLong("resolved");
    resolutionMinutes += rs.getLong("resolution_minutes");
    resolutionBreached += rs.getLong("resolution_breached");
    reopened += rs.getLong("reopened");
    firstContactResolved += rs.getLong("first_contact_resolved");
    backlogAtEnd += rs.getLong("backlog_at_end");
    surveysSent += rs.getLong("surveys_sent");
    surveysAnswered += rs.getLong("surveys_answered");
    surveyScoreSum += rs.getLong("survey_score_sum");
    surveysSatisfied += rs.getLong("surveys_satisfied");
  }

  void addQa(long reviews, BigDecimal scoreSum, long failed) {
    qaReviews += reviews;
    qaScoreSum = qaScoreSum.add(scoreSum);
    qaFailed += failed;
  }

  void addHistogram(String measure, int bucket, long tickets) {
    histogram(measure)[bucket] += tickets;
  }

  long[] histogram(String measure) {
    return switch (measure) {
      case MEASURE_FIRST_RESPONSE -> firstResponseHistogram;
      case MEASURE_RESOLUTION -> resolutionHistogram;
      default -> throw new IllegalArgumentException("Unknown measure " + measure);
    };
  }

  static final String MEASURE_FIRST_RESPONSE = "FIRST_RESPONSE";
  static final String MEASURE_RESOLUTION = "RESOLUTION";

  MonthFigures toFigures(YearMonth month) {
    return new MonthFigures(
        month,
        ticketsCreated,
        ticketsEscalated,
        firstResponses,
        DurationBuckets.percentileDuration(firstResponseHistogram, 0.5),
        DurationBuckets.percentileDuration(firstResponseHistogram, 0.9),
        firstResponses - firstResponseBreached,
        firstResponseBreached,
        resolved,
        DurationBuckets.percentileDuration(resolutionHistogram, 0.5),
        DurationBuckets.percentileDuration(resolutionHistogram, 0.9),
        resolved - resolutionBreached,
        resolutionBreached,
        reopened,
        firstContactResolved,
        backlogAtEnd,
        surveysSent,
        surveysAnswered,
        surveyScoreSum,
        surveysSatisfied,
        qaReviews,
        qaScoreSum.setScale(2, RoundingMode.HALF_UP),
        qaFailed);
  }
}
