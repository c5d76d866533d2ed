package no.mediaweb.supportflow.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Business hours in one time zone, and the arithmetic of business time over them: {@link #add}
 * finds the instant at which a business duration is used up, {@link #elapsed} measures the business
 * time between two instants. Immutable and thread-safe; build one with {@link #builder(ZoneId)}.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li><b>Half-open intervals.</b> Every interval, local ({@link LocalInterval}) or real
 *       ({@link Pause}), is {@code [from, to)}: it contains its start and not its end. Hours
 *       09:00–12:00 and 12:00–13:00 touch without overlapping.
 *   <li><b>What is open.</b> On a local date the calendar is open during that weekday's intervals,
 *       minus the date's breaks; a holiday is closed all day. Weekly intervals of one day must not
 *       overlap (the builder rejects them); breaks may overlap each other and closed time.
 *   <li><b>Running time.</b> Business time runs at the instants where the calendar is open and no
 *       {@link Pause} holds. Pauses may overlap each other and closed time; an overlap is not
 *       counted twice. Business time is counted in <em>real elapsed</em> time at nanosecond
 *       precision.
 *   <li><b>Local time to instants (DST).</b> A local interval {@code [s, e)} on date {@code D} is
 *       open over the instants {@code [I(D, s), I(D, e))}, where {@code I(D, t)} is the instant at
 *       which the zone's clock shows {@code D t} ({@code 24:00} is {@code 00:00} of the next day).
 *       In an overlap (clocks set back, a local hour occurs twice) {@code I} takes the
 *       <em>earlier</em> instant; in a gap (clocks set forward, a local hour does not exist)
 *       {@code I} moves forward to the first valid instant, the instant of the transition. So a
 *       local hour can last two real hours or none: in Europe/Oslo a calendar open 00:00–24:00 is
 *       open 23 real hours on 2026-03-29 and 25 on 2026-10-25, and 02:00–03:00 is open for no time
 *       on 2026-03-29 and for two real hours on 2026-10-25.
 *   <li><b>{@code add} lands on an open instant.</b> For a duration {@code d} from {@code start},
 *       {@code add} returns the earliest instant {@code t} at which business time is running and
 *       {@code elapsed(start, t) == d}. When the duration runs out inside a running interval, that
 *       is the exact instant; when it runs out exactly at a closing time (the end of an open
 *       interval, a holiday or break begins, or a pause begins), the result is the <em>next
 *       opening</em> instant, as with Zendesk's {@code biz} (1.8.2 and later) and Zammad: nine
 *       business hours from Monday 09:00 on 09:00–18:00 weekdays is Tuesday 09:00, not Monday
 *       18:00. Hours that merely touch (Monday 20:00–24:00 and Tuesday 00:00–02:00, or a 24/7
 *       calendar at midnight) leave no closed time between them, so no jump happens there.
 *   <li><b>Zero duration</b> gives the first running instant at or after {@code start}: {@code
 *       start} itself if the calendar is open and not paused then, otherwise the next opening after
 *       closed time and pauses.
 *   <li><b>{@code elapsed(from, to)}</b> is the running time in {@code [from, to)}; zero when
 *       {@code to} is not after {@code from}. Moving {@code add}'s result to the next opening adds
 *       no business time, so {@code elapsed(start, add(start, d)) == d} always holds.
 *   <li><b>Instants</b> are UTC {@link Instant}s; holidays and breaks are dates in the calendar's
 *       zone.
 *   <li><b>Never open.</b> {@code add} on a calendar without any weekly open hours throws
 *       {@code IllegalArgumentException("calendar has no open hours")}; if it meets five years of
 *       consecutive closed days (say every date is a holiday) it throws an {@code
 *       IllegalArgumentException} too, rather than search on. A walk past the year 9999 throws an
 *       {@link ArithmeticException}. {@code elapsed} on a calendar that is never open is zero.
 *   <li><b>Speed.</b> The arithmetic jumps from open interval to open interval, skipping closed
 *       days; its cost grows with the number of open intervals crossed, not with the minutes.
 * </ul>
 */
public final class BusinessCalendar {

  /** Consecutive closed days after which {@link #add} gives up: five years. */
  static final int MAX_CLOSED_DAYS = 5 * 366;

  static final int MAX_YEAR = 9999;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final ZoneOffset fixedOffset;
  private final Map<DayOfWeek, List<LocalInterval>> weeklyHours;
  private final List<LocalInterval>[] hoursByDay;
  private final Set<LocalDate> holidays;
  private final Map<LocalDate, List<LocalInterval>> breaks;
  private final boolean hasOpenHours;

  @SuppressWarnings("unchecked")
  private BusinessCalendar(Builder builder) {
    this.zone = builder.zone;
    this.rules = zone.getRules();
    this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
    EnumMap<DayOfWeek, List<LocalInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    this.hoursByDay = new List[7];
    boolean open = false;
    for (DayOfWeek day : DayOfWeek.values()) {
      List<LocalInterval> hours = new ArrayList<>(builder.weeklyHours.getOrDefault(day, List.of()));
      Collections.sort(hours);
      for (int i = 1; i < hours.size(); i++) {
        if (hours.get(i - 1).overlaps(hours.get(i))) {
          throw new IllegalArgumentException(
              "opening hours on " + day + " overlap: " + hours.get(i - 1) + " and " + hours.get(i));
        }
      }
      List<LocalInterval> frozen = List.copyOf(hours);
      weekly.put(day, frozen);
      hoursByDay[day.ordinal()] = frozen;
      open |= !frozen.isEmpty();
    }
    this.weeklyHours = Collections.unmodifiableMap(weekly);
    this.hasOpenHours = open;
    this.holidays = Set.copyOf(builder.holidays);
    Map<LocalDate, List<LocalInterval>> mergedBreaks = new TreeMap<>();
    builder.breaks.forEach((date, list) -> mergedBreaks.put(date, List.copyOf(merge(list))));
    this.breaks = Collections.unmodifiableMap(mergedBreaks);
  }

  /** A builder for a calendar in {@code zone}, closed until opening hours are added. */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** A calendar open around the clock, every day, with no holidays: for emergencies. */
  public static BusinessCalendar roundTheClock(ZoneId zone) {
    return builder(zone).openEveryDay(LocalInterval.parse("00:00", "24:00")).build();
  }

  /** The time zone in which the opening hours, holidays and breaks are read. */
  public ZoneId zone() {
    return zone;
  }

  /** The weekly opening hours, sorted, for every day of the week (empty lists for closed days). */
  public Map<DayOfWeek, List<LocalInterval>> weeklyHours() {
    return weeklyHours;
  }

  /** The weekly opening hours of {@code day}, sorted; empty when the day is closed. */
  public List<LocalInterval> hours(DayOfWeek day) {
    return hoursByDay[day.ordinal()];
  }

  /** The dates that are closed all day. */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** The closed intervals on particular dates, each date's list sorted and merged. */
  public Map<LocalDate, List<LocalInterval>> breaks() {
    return breaks;
  }

  /** Whether any weekday has opening hours; without them {@link #add} cannot answer. */
  public boolean hasOpenHours() {
    return hasOpenHours;
  }

  /** The local intervals open on {@code date}: the weekday's hours less holidays and breaks. */
  public List<LocalInterval> openHoursOn(LocalDate date) {
    if (holidays.contains(date)) {
      return List.of();
    }
    List<LocalInterval> hours = hoursByDay[date.getDayOfWeek().ordinal()];
    List<LocalInterval> closed = breaks.get(date);
    return closed == null || hours.isEmpty() ? hours : subtract(hours, closed);
  }

  /** Whether the calendar is open at {@code instant} (pauses aside). */
  public boolean isOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (!hasOpenHours) {
      return false;
    }
    RunningIntervals running = new RunningIntervals(this, instant, List.of(), localDate(instant));
    return running.next() && running.start().equals(instant);
  }

  /** {@link #add(Instant, Duration, List)} without pauses. */
  public Instant add(Instant start, Duration businessDuration) {
    return add(start, businessDuration, List.of());
  }

  /**
   * The due instant: the earliest running instant at which {@code businessDuration} of business
   * time has passed since {@code start}, the clock stopped outside opening hours, on holidays, in
   * breaks and during {@code pauses}. A duration that runs out exactly at a closing time gives the
   * next opening instant; a zero duration gives the first running instant at or after {@code
   * start}. See the class documentation for the conventions.
   *
   * @throws IllegalArgumentException if the duration is negative, or the calendar has no open
   *     hours ({@code "calendar has no open hours"}) or none in five years of consecutive days
   * @throws ArithmeticException if the due instant would lie after the year 9999
   */
  public Instant add(Instant start, Duration businessDuration, List<Pause> pauses) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(businessDuration, "businessDuration");
    Objects.requireNonNull(pauses, "pauses");
    if (businessDuration.isNegative()) {
      throw new IllegalArgumentException("a business duration must not be negative: " + businessDuration);
    }
    if (!hasOpenHours) {
      throw new IllegalArgumentException("calendar has no open hours");
    }
    RunningIntervals running = new RunningIntervals(this, start, pauses, null);
    Duration remaining = businessDuration;
    while (running.next()) {
      Duration available = Duration.between(running.start(), running.end());
      if (remaining.compareTo(available) < 0) {
        return running.start().plus(remaining);
      }
      remaining = remaining.minus(available);
    }
    throw new IllegalStateException("an unbounded walk over a calendar with open hours ended");
  }

  /** {@link #elapsed(Instant, Instant, List)} without pauses. */
  public Duration elapsed(Instant from, Instant to) {
    return elapsed(from, to, List.of());
  }

  /**
   * The business time in {@code [from, to)}: the real time during which the calendar is open and
   * no pause holds. Zero when {@code to} is not after {@code from}.
   *
   * @throws ArithmeticException if {@code to} lies after the year 9999 and must be walked to
   */
  public Duration elapsed(Instant from, Instant to, List<Pause> pauses) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(pauses, "pauses");
    if (!to.isAfter(from) || !hasOpenHours) {
      return Duration.ZERO;
    }
    RunningIntervals running = new RunningIntervals(this, from, pauses, localDate(to));
    Duration total = Duration.ZERO;
    while (running.next() && running.start().isBefore(to)) {
      boolean reachesTo = !running.end().isBefore(to);
      total = total.plus(Duration.between(running.start(), reachesTo ? to : running.end()));
      if (reachesTo) {
        break;
      }
    }
    return total;
  }

  // ---- used by RunningIntervals ---------------------------------------------------------------

  LocalDate localDate(Instant instant) {
    if (fixedOffset != null) {
      return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + fixedOffset.getTotalSeconds(), 86_400));
    }
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * Appends the open periods of {@code date} to {@code out} as start, end pairs of instants, in
   * order, dropping periods that a DST gap empties and joining periods that touch.
   */
  void appendOpenPeriods(LocalDate date, List<Instant> out) {
    if (holidays.contains(date)) {
      return;
    }
    List<LocalInterval> hours = hoursByDay[date.getDayOfWeek().ordinal()];
    if (hours.isEmpty()) {
      return;
    }
    List<LocalInterval> closed = breaks.get(date);
    if (closed != null) {
      hours = subtract(hours, closed);
    }
    for (LocalInterval interval : hours) {
      Instant start = instantAt(date, interval.startNanoOfDay());
      Instant end = instantAt(date, interval.endNanoOfDay());
      if (!start.isBefore(end)) {
        continue;
      }
      int size = out.size();
      if (size > 0 && out.get(size - 1).equals(start)) {
        out.set(size - 1, end);
      } else {
        out.add(start);
        out.add(end);
      }
    }
  }

  /**
   * The instant at which the clock shows {@code date} at {@code nanoOfDay} (which may be 24:00): in
   * an overlap the earlier instant, in a gap the instant of the transition.
   */
  Instant instantAt(LocalDate date, long nanoOfDay) {
    LocalDateTime local =
        nanoOfDay == LocalInterval.NANOS_PER_DAY
            ? date.plusDays(1).atStartOfDay()
            : LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay));
    if (fixedOffset != null) {
      return local.toInstant(fixedOffset);
    }
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.toInstant(offsets.get(0));
    }
    ZoneOffsetTransition transition = rules.getTransition(local);
    return transition.isGap() ? transition.getInstant() : local.toInstant(transition.getOffsetBefore());
  }

  // ---- local interval arithmetic -------------------------------------------------------------

  private static List<LocalInterval> merge(List<LocalInterval> intervals) {
    List<LocalInterval> sorted = new ArrayList<>(intervals);
    Collections.sort(sorted);
    List<LocalInterval> merged = new ArrayList<>();
    for (LocalInterval next : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).endNanoOfDay() >= next.startNanoOfDay()) {
        LocalInterval previous = merged.get(last);
        merged.set(last, LocalInterval.ofNanos(
            previous.startNanoOfDay(), Math.max(previous.endNanoOfDay(), next.endNanoOfDay())));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  /** {@code open} less {@code closed}; both sorted, {@code closed} merged. */
  private static List<LocalInterval> subtract(List<LocalInterval> open, List<LocalInterval> closed) {
    List<LocalInterval> result = new ArrayList<>();
    for (LocalInterval interval : open) {
      long start = interval.startNanoOfDay();
      long end = interval.endNanoOfDay();
      for (LocalInterval gap : closed) {
        if (gap.endNanoOfDay() <= start) {
          continue;
        }
        if (gap.startNanoOfDay() >= end) {
          break;
        }
        if (gap.startNanoOfDay() > start) {
          result.add(LocalInterval.ofNanos(start, gap.startNanoOfDay()));
        }
        start = Math.max(start, gap.endNanoOfDay());
        if (start >= end) {
          break;
        }
      }
      if (start < end) {
        result.add(LocalInterval.ofNanos(start, end));
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + ", " + weeklyHours + ", " + holidays.size() + " holidays, "
        + breaks.size() + " dates with breaks]";
  }

  /** Collects opening hours, holidays and breaks; {@link #build()} checks and freezes them. */
  public static final class Builder {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalInterval>> weeklyHours = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Map<LocalDate, List<LocalInterval>> breaks = new TreeMap<>();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Opens {@code day} every week during {@code hours}. */
    public Builder open(DayOfWeek day, LocalInterval hours) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(hours, "hours");
      weeklyHours.computeIfAbsent(day, d -> new ArrayList<>()).add(hours);
      return this;
    }

    /** Opens {@code day} every week from {@code start} to {@code end} ("HH:mm", end may be "24:00"). */
    public Builder open(DayOfWeek day, String start, String end) {
      return open(day, LocalInterval.parse(start, end));
    }

    /** Opens Monday to Friday during {@code hours}. */
    public Builder openWeekdays(LocalInterval hours) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
          open(day, hours);
        }
      }
      return this;
    }

    /** Opens Monday to Friday from {@code start} to {@code end}. */
    public Builder openWeekdays(String start, String end) {
      return openWeekdays(LocalInterval.parse(start, end));
    }

    /** Opens all seven days during {@code hours}. */
    public Builder openEveryDay(LocalInterval hours) {
      for (DayOfWeek day : DayOfWeek.values()) {
        open(day, hours);
      }
      return this;
    }

    /** Closes {@code date} all day. */
    public Builder holiday(LocalDate date) {
      holidays.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /** Closes each of {@code dates} all day. */
    public Builder holidays(Collection<LocalDate> dates) {
      dates.forEach(this::holiday);
      return this;
    }

    /** Closes {@code date} during {@code closed}, whatever its weekly hours. */
    public Builder breakOn(LocalDate date, LocalInterval closed) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(closed, "closed");
      breaks.computeIfAbsent(date, d -> new ArrayList<>()).add(closed);
      return this;
    }

    /** Closes {@code date} from {@code start} to {@code end}. */
    public Builder breakOn(LocalDate date, String start, String end) {
      return breakOn(date, LocalInterval.parse(start, end));
    }

    /**
     * The calendar.
     *
     * @throws IllegalArgumentException if two opening intervals of one weekday overlap
     */
    public BusinessCalendar build() {
      return new BusinessCalendar(this);
    }
  }
}
