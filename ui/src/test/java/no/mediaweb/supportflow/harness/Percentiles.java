package no.mediaweb.supportflow.harness;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of measured durations in milliseconds: linear interpolation between the closest
 * ranks (the {@code (n - 1) * p} definition of NumPy's default and of Excel's PERCENTILE.INC).
 */
public record Percentiles(int count, double p50, double p99, double max) {

  public static final Percentiles NONE = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);

  public static Percentiles of(Collection<? extends Number> millis) {
    return of(millis.stream().mapToDouble(Number::doubleValue).toArray());
  }

  public static Percentiles of(double[] millis) {
    if (millis.length == 0) {
      return NONE;
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1]);
  }

  /** The {@code p}-th percentile (0 ≤ p ≤ 1) of ascending {@code sorted} values. */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("No values");
    }
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("A percentile lies between 0 and 1: " + p);
    }
    double rank = (sorted.length - 1) * p;
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
  }

  public boolean isEmpty() {
    return count == 0;
  }
}
