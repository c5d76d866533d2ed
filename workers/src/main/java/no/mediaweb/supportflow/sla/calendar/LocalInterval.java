package no.mediaweb.supportflow.sla.calendar;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A half-open span {@code [start, end)} of wall-clock time within one local day, such as the
 * opening hours 09:00–18:00 or a lunch break 12:00–13:00. The end may be 24:00, the end of the day;
 * a start is always before its end, so an interval never crosses midnight.
 */
public final class LocalInterval implements Comparable<LocalInterval> {

  static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private final long startNanoOfDay;
  private final long endNanoOfDay;

  private LocalInterval(long startNanoOfDay, long endNanoOfDay) {
    if (startNanoOfDay < 0 || endNanoOfDay > NANOS_PER_DAY || startNanoOfDay >= endNanoOfDay) {
      throw new IllegalArgumentException(
          "an interval must start before it ends: " + format(startNanoOfDay) + "–" + format(endNanoOfDay));
    }
    this.startNanoOfDay = startNanoOfDay;
    this.endNanoOfDay = endNanoOfDay;
  }

  /**
   * The interval from {@code start} to {@code end}; an {@code end} of {@link LocalTime#MIDNIGHT}
   * (00:00) means 24:00, the end of the day.
   *
   * @throws IllegalArgumentException if {@code start} is not before {@code end}
   */
  public static LocalInterval of(LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    long endNanos = end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
    return new LocalInterval(start.toNanoOfDay(), endNanos);
  }

  /** The interval from {@code start} to 24:00, the end of the day. */
  public static LocalInterval untilEndOfDay(LocalTime start) {
    return new LocalInterval(Objects.requireNonNull(start, "start").toNanoOfDay(), NANOS_PER_DAY);
  }

  /**
   * Parses two ISO local times such as {@code "09:00"} and {@code "18:00"} or {@code "17:30:15"};
   * the end may be {@code "24:00"} (the end of the day), the start may not.
   *
   * @throws IllegalArgumentException if a time does not parse or the start is not before the end
   */
  public static LocalInterval parse(String start, String end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    long startNanos = parseTime(start, false);
    long endNanos = parseTime(end, true);
    return new LocalInterval(startNanos, endNanos);
  }

  private static long parseTime(String text, boolean mayBeEndOfDay) {
    if (text.equals("24:00") || text.equals("24:00:00")) {
      if (mayBeEndOfDay) {
        return NANOS_PER_DAY;
      }
      throw new IllegalArgumentException("24:00 may only end an interval, not start one");
    }
    try {
      return LocalTime.parse(text).toNanoOfDay();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "bad time \"" + text + "\" (use HH:mm" + (mayBeEndOfDay ? ", or 24:00 as an end" : "") + ")", e);
    }
  }

  /** The first local time inside the interval. */
  public LocalTime start() {
    return LocalTime.ofNanoOfDay(startNanoOfDay);
  }

  /** The first local time after the interval; {@link LocalTime#MIDNIGHT} when it ends at 24:00. */
  public LocalTime end() {
    return endsAtEndOfDay() ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(endNanoOfDay);
  }

  /** Whether the interval runs to 24:00, the end of its day. */
  public boolean endsAtEndOfDay() {
    return endNanoOfDay == NANOS_PER_DAY;
  }

  /** Whether the two intervals share at least one moment ({@code 09:00–12:00} and {@code 12:00–13:00} do not). */
  public boolean overlaps(LocalInterval other) {
    return startNanoOfDay < other.endNanoOfDay && other.startNanoOfDay < endNanoOfDay;
  }

  long startNanoOfDay() {
    return startNanoOfDay;
  }

  long endNanoOfDay() {
    return endNanoOfDay;
  }

  static LocalInterval ofNanos(long startNanoOfDay, long endNanoOfDay) {
    return new LocalInterval(startNanoOfDay, endNanoOfDay);
  }

  @Override
  public int compareTo(LocalInterval other) {
    int byStart = Long.compare(startNanoOfDay, other.startNanoOfDay);
    return byStart != 0 ? byStart : Long.compare(endNanoOfDay, other.endNanoOfDay);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalInterval other
        && startNanoOfDay == other.startNanoOfDay
        && endNanoOfDay == other.endNanoOfDay;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(startNanoOfDay) * 31 + Long.hashCode(endNanoOfDay);
  }

  /** For example {@code 09:00–18:00} or {@code 20:00–24:00}. */
  @Override
  public String toString() {
    return format(startNanoOfDay) + "–" + format(endNanoOfDay);
  }

  private static String format(long nanoOfDay) {
    if (nanoOfDay == NANOS_PER_DAY) {
      return "24:00";
    }
    if (nanoOfDay < 0 || nanoOfDay > NANOS_PER_DAY) {
      return "(" + nanoOfDay + " ns)";
    }
    return LocalTime.ofNanoOfDay(nanoOfDay).toString();
  }
}
