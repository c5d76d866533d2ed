package no.mediaweb.supportflow.reporting;

import java.io.PrintStream;
import java.time.Duration;

/** Prints "label: done / total (percent), rate, time left" at most every two seconds and at the end. */
public final class ConsoleProgress {

  private final PrintStream out;
  private final String label;
  private final String unit;
  private final long started = System.nanoTime();
  private long lastPrinted;

  public ConsoleProgress(PrintStream out, String label, String unit) {
    this.out = out;
    this.label = label;
    this.unit = unit;
  }

  public void update(long done, long total) {
    long now = System.nanoTime();
    if (done < total && now - lastPrinted < 2_000_000_000L) {
      return;
    }
    lastPrinted = now;
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    double rate = done / seconds;
    long left = rate > 0 ? (long) ((total - done) / rate) : 0;
    String speed = rate >= 10 ? "%,.0f %s/s".formatted(rate, unit) : "%.1f s each".formatted(1 / rate);
    out.printf(
        "%s: %,d / %,d %s (%.0f %%), %s, %s left%n",
        label, done, total, unit, 100.0 * done / total, speed, format(Duration.ofSeconds(left)));
  }

  public static String format(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds >= 60 ? "%d min %02d s".formatted(seconds / 60, seconds % 60) : seconds + " s";
  }
}
