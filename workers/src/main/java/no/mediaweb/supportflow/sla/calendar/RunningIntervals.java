package no.mediaweb.supportflow.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A forward cursor over the instants at which business time runs (the calendar is open and no pause
 * holds), from a floor instant on, as half-open intervals in time order, one local date at a time.
 * Intervals of one date that touch are joined; the last interval of a date may touch the first of
 * the next (open across midnight), so the start of the next interval, not the end of this one, is
 * where a duration that runs out exactly at an end is due. Every gap left by a pause is non-empty.
 */
final class RunningIntervals {

  private final BusinessCalendar calendar;
  private final Instant[] pauseFrom;
  private final Instant[] pauseTo;
  /** The last local date to expand, or null to walk on until the walk gives up. */
  private final LocalDate lastDate;

  private int pauseIndex;
  /** Nothing before this instant is reported. */
  private Instant floor;

  /** The next local date whose open periods are not yet in {@link #queue}. */
  private LocalDate nextDate;
  /** Open periods as start, end pairs, in order, not yet consumed. */
  private final List<Instant> queue = new ArrayList<>();
  private int queueHead;
  private int closedDays;

  /** The rest of the current open period still to be reported, or null. */
  private Instant openStart;
  private Instant openEnd;

  private Instant start;
  private Instant end;

  RunningIntervals(BusinessCalendar calendar, Instant floor, List<Pause> pauses, LocalDate lastDate) {
    this.calendar = calendar;
    this.floor = floor;
    this.lastDate = lastDate;
    this.nextDate = calendar.localDate(floor);
    List<Pause> normalized = normalize(pauses);
    this.pauseFrom = new Instant[normalized.size()];
    this.pauseTo = new Instant[normalized.size()];
    for (int i = 0; i < normalized.size(); i++) {
      pauseFrom[i] = normalized.get(i).from();
      pauseTo[i] = normalized.get(i).to();
    }
  }

  /** Sorted by start, overlapping and touching pauses joined, empty ones dropped. */
  static List<Pause> normalize(List<Pause> pauses) {
    List<Pause> sorted = new ArrayList<>(pauses.size());
    for (Pause pause : pauses) {
      if (pause.from().isBefore(pause.to())) {
        sorted.add(pause);
      }
    }
    sorted.sort(Comparator.comparing(Pause::from));
    List<Pause> merged = new ArrayList<>(sorted.size());
    for (Pause pause : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && !merged.get(last).to().isBefore(pause.from())) {
        Pause previous = merged.get(last);
        Instant to = previous.to().isAfter(pause.to()) ? previous.to() : pause.to();
        merged.set(last, new Pause(previous.from(), to));
      } else {
        merged.add(pause);
      }
    }
    return merged;
  }

  /** The start of the current running interval (valid after {@link #next()} returned true). */
  Instant start() {
    return start;
  }

  /** The end of the current running interval, a closing instant. */
  Instant end() {
    return end;
  }

  /**
   * Moves to the next running interval.
   *
   * @return false when a bounded walk has passed its last date
   */
  boolean next() {
    while (true) {
      if (openStart == null && !nextOpenPeriod()) {
        return false;
      }
      while (pauseIndex < pauseTo.length && !pauseTo[pauseIndex].isAfter(openStart)) {
        pauseIndex++;
      }
      if (pauseIndex < pauseTo.length && !pauseFrom[pauseIndex].isAfter(openStart)) {
        // paused at openStart: resume at the pause's end
        Instant resume = pauseTo[pauseIndex];
        floor = resume;
        if (resume.isBefore(openEnd)) {
          openStart = resume;
        } else {
          openStart = null;
          skipTo(resume);
        }
        continue;
      }
      start = openStart;
      if (pauseIndex < pauseFrom.length && pauseFrom[pauseIndex].isBefore(openEnd)) {
        end = pauseFrom[pauseIndex];
        openStart = end;
      } else {
        end = openEnd;
        openStart = null;
      }
      return true;
    }
  }

  /** Loads the next open period ending after {@link #floor}, clipped to start at the floor. */
  private boolean nextOpenPeriod() {
    while (true) {
      if (!fill()) {
        return false;
      }
      Instant periodStart = queue.get(queueHead);
      Instant periodEnd = queue.get(queueHead + 1);
      queueHead += 2;
      if (periodEnd.isAfter(floor)) {
        openStart = periodStart.isBefore(floor) ? floor : periodStart;
        openEnd = periodEnd;
        return true;
      }
    }
  }

  /** Makes sure the queue holds a period, expanding dates; false when past the last date. */
  private boolean fill() {
    while (queueHead == queue.size()) {
      if (lastDate != null && nextDate.isAfter(lastDate)) {
        return false;
      }
      expandNextDate();
      if (queueHead == queue.size() && lastDate == null && closedDays > BusinessCalendar.MAX_CLOSED_DAYS) {
        throw new IllegalArgumentException(
            "calendar has no open hours in the five years from " + nextDate.minusDays(closedDays));
      }
    }
    return true;
  }

  private void expandNextDate() {
    if (lastDate != null && nextDate.isAfter(lastDate)) {
      return;
    }
    if (nextDate.getYear() > BusinessCalendar.MAX_YEAR) {
      throw new ArithmeticException("business time is only computed up to the year " + BusinessCalendar.MAX_YEAR);
    }
    if (queueHead == queue.size()) {
      queue.clear();
      queueHead = 0;
    }
    int before = queue.size();
    calendar.appendOpenPeriods(nextDate, queue);
    closedDays = queue.size() == before ? closedDays + 1 : 0;
    nextDate = nextDate.plusDays(1);
  }

  /** Skips whole dates before {@code instant}: a long pause need not expand them one by one. */
  private void skipTo(Instant instant) {
    LocalDate date = calendar.localDate(instant);
    if (date.isAfter(nextDate)) {
      // every queued period belongs to a date before `date` and so ends at or before `instant`
      queue.clear();
      queueHead = 0;
      nextDate = date;
    }
  }
}
