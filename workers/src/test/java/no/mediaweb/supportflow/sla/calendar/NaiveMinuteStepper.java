package no.mediaweb.supportflow.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The obvious way to do business time, one minute at a time: a minute counts when the wall clock
 * at its start lies in the day's hours, outside holidays, breaks and pauses. Reads only the
 * calendar's configuration, never its arithmetic, so it can judge that arithmetic — as the oracle
 * of the agreement test and the baseline of {@link DueDateBenchmark}. Exact when starts, pauses and
 * durations are whole minutes and the calendar's boundaries are whole hours (then a boundary inside
 * a DST overlap or gap means the same under both readings).
 */
final class NaiveMinuteStepper {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final long MAX_STEPS = 60L * 24 * 366 * 20;

  private final BusinessCalendar calendar;
  private final ZoneId zone;

  NaiveMinuteStepper(BusinessCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
  }

  /** Whether the business clock runs in the minute starting at {@code t}. */
  boolean isRunning(Instant t, List<Pause> pauses) {
    for (Pause pause : pauses) {
      if (pause.contains(t)) {
        return false;
      }
    }
    LocalDateTime local = LocalDateTime.ofInstant(t, zone);
    if (calendar.holidays().contains(local.toLocalDate())) {
      return false;
    }
    long nanoOfDay = local.toLocalTime().toNanoOfDay();
    boolean open = false;
    for (LocalInterval hours : calendar.hours(local.getDayOfWeek())) {
      open |= contains(hours, nanoOfDay);
    }
    for (LocalInterval closed : calendar.breaks().getOrDefault(local.toLocalDate(), List.of())) {
      open &= !contains(closed, nanoOfDay);
    }
    return open;
  }

  private static boolean contains(LocalInterval interval, long nanoOfDay) {
    long end = interval.endsAtEndOfDay() ? LocalInterval.NANOS_PER_DAY : interval.end().toNanoOfDay();
    return interval.start().toNanoOfDay() <= nanoOfDay && nanoOfDay < end;
  }

  /** Steps minute by minute until {@code duration} has run, then on to the next running minute. */
  Instant add(Instant start, Duration duration, List<Pause> pauses) {
    long remaining = duration.toMinutes();
    Instant t = start;
    long steps = 0;
    while (remaining > 0 || !isRunning(t, pauses)) {
      if (remaining > 0 && isRunning(t, pauses)) {
        remaining--;
      }
      t = t.plus(MINUTE);
      if (++steps > MAX_STEPS) {
        throw new IllegalStateException("no answer in " + MAX_STEPS + " minutes");
      }
    }
    return t;
  }

  /** Counts the running minutes in {@code [from, to)}. */
  Duration elapsed(Instant from, Instant to, List<Pause> pauses) {
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
      if (isRunning(t, pauses)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }
}
