package no.mediaweb.supportflow.reporting.metrics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * A month's figures for one filter, as defined in metrics-definitions.md. Counts and sums are exact;
 * the medians and 90th percentiles come from the duration histograms and are null when their cohort
 * is empty. The derived rates are percentages (0–100), empty when their denominator is 0.
 */
public record MonthFigures(
    YearMonth month,
    long ticketsCreated,
    long ticketsEscalated,
    long firstResponses,
    Duration firstResponseMedian,
    Duration firstResponseP90,
    long firstResponseMet,
    long firstResponseBreached,
    long resolved,
    Duration resolutionMedian,
    Duration resolutionP90,
    long resolutionMet,
    long resolutionBreached,
    long reopened,
    long firstContactResolved,
    long backlogAtEnd,
    long surveysSent,
    long surveysAnswered,
    long surveyScoreSum,
    long surveysSatisfied,
    long qaReviews,
    BigDecimal qaScoreSum,
    long qaFailed) {

  public static MonthFigures empty(YearMonth month) {
    return new MonthFigures(
        month, 0, 0, 0, null, null, 0, 0, 0, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0);
  }

  public OptionalDouble firstResponseAttainment() {
    return percent(firstResponseMet, firstResponseMet + firstResponseBreached);
  }

  public OptionalDouble resolutionAttainment() {
    return percent(resolutionMet, resolutionMet + resolutionBreached);
  }

  public OptionalDouble reopenRate() {
    return percent(reopened, resolved);
  }

  public OptionalDouble firstContactResolutionRate() {
    return percent(firstContactResolved, resolved);
  }

  public OptionalDouble escalationRate() {
    return percent(ticketsEscalated, ticketsCreated);
  }

  /** Average answer on the 1–5 scale (not a percentage). */
  public OptionalDouble csatAverage() {
    return surveysAnswered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) surveyScoreSum / surveysAnswered);
  }

  public OptionalDouble satisfiedShare() {
    return percent(surveysSatisfied, surveysAnswered);
  }

  public OptionalDouble surveyResponseRate() {
    return percent(surveysAnswered, surveysSent);
  }

  /** Average QA score on the 0–100 scale. */
  public OptionalDouble qaAverage() {
    return qaReviews == 0 ? OptionalDouble.empty() : OptionalDouble.of(qaScoreSum.doubleValue() / qaReviews);
  }

  public OptionalDouble qaFailRate() {
    return percent(qaFailed, qaReviews);
  }

  private static OptionalDouble percent(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
  }
}
