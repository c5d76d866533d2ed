package no.mediaweb.supportflow.reporting.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The buckets of the duration histograms, in whole minutes: bucket i holds [lower(i), lower(i+1)).
 * One minute wide at the short end, then about 20 % wide, up to 60 days; the last bucket is open.
 * The SQL that sorts tickets into buckets is built from the same bounds.
 */
public final class DurationBuckets {

  public static final long BOUNDED_UP_TO_MINUTES = 60L * 24 * 60;

  private static final long[] LOWER = bounds();

  private DurationBuckets() {}

  private static long[] bounds() {
    List<Long> lower = new ArrayList<>(List.of(0L));
    long bound = 0;
    while (bound < BOUNDED_UP_TO_MINUTES) {
      bound = Math.max(bound + 1, Math.round(bound * 1.2));
      lower.add(bound);
    }
    return lower.stream().mapToLong(Long::longValue).toArray();
  }

  public static int count() {
    return LOWER.length;
  }

  public static long lowerBound(int bucket) {
    return LOWER[bucket];
  }

  /** The exclusive upper bound, or {@code Long.MAX_VALUE} for the open last bucket. */
  public static long upperBound(int bucket) {
    return bucket + 1 < LOWER.length ? LOWER[bucket + 1] : Long.MAX_VALUE;
  }

  /** The bucket of a duration in minutes; negative durations count as 0. */
  public static int bucketOf(long minutes) {
    int found = Arrays.binarySearch(LOWER, Math.max(0, minutes));
    return found >= 0 ? found : -found - 2;
  }

  /** A SQL CASE expression giving the bucket of {@code minutesExpression}. */
  public static String sqlCase(String minutesExpression) {
    StringBuilder sql = new StringBuilder("CASE");
    for (int i = 1; i < LOWER.length; i++) {
      sql.append(" WHEN ").append(minutesExpression).append(" < ").append(LOWER[i]).append(" THEN ").append(i - 1);
    }
    return sql.append(" ELSE ").append(LOWER.length - 1).append(" END").toString();
  }

  /**
   * The p-quantile (0 &lt; p ≤ 1) in minutes of a histogram with {@link #count()} buckets,
   * interpolated linearly inside its bucket (the open last bucket gives its lower bound); NaN when
   * the histogram is empty.
   */
  public static double percentile(long[] counts, double p) {
    long total = Arrays.stream(counts).sum();
    if (total == 0) {
      return Double.NaN;
    }
    double rank = p * total;
    long before = 0;
    for (int i = 0; i < counts.length; i++) {
      long inBucket = counts[i];
      if (inBucket > 0 && before + inBucket >= rank) {
        if (i == LOWER.length - 1) {
          return LOWER[i];
        }
        double fraction = (rank - before) / inBucket;
        return LOWER[i] + fraction * (LOWER[i + 1] - LOWER[i]);
      }
      before += inBucket;
    }
    return LOWER[counts.length - 1];
  }

  /** {@link #percentile} as a duration (to the second); null when the histogram is empty. */
  public static Duration percentileDuration(long[] counts, double p) {
    double minutes = percentile(counts, p);
    return Double.isNaN(minutes) ? null : Duration.ofSeconds(Math.round(minutes * 60));
  }
}
