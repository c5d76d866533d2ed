package no.mediaweb.supportflow.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Seeded random calendars, instants, durations and pauses for the property tests. The seed is
 * fixed so a failure repeats; {@code -Dbusiness-time.seed=N} explores others.
 */
final class RandomCases {

  static final long SEED = Long.getLong("business-time.seed", 20_261_201L);

  static final List<ZoneId> ZONES =
      List.of(
          Calendars.OSLO,
          Calendars.BERLIN,
          Calendars.NEW_YORK,
          Calendars.SAO_PAULO,
          Calendars.SYDNEY,
          Calendars.TOKYO,
          ZoneId.of("UTC"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"));

  private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = Duration.ofDays(2 * 365).toSeconds();

  private final Random random;
  private final boolean coarse;

  /**
   * @param coarse whole-hour calendar boundaries and whole-minute instants, durations and pauses,
   *     where {@link NaiveMinuteStepper} is exact
   */
  RandomCases(long seed, boolean coarse) {
    this.random = new Random(seed);
    this.coarse = coarse;
  }

  Random random() {
    return random;
  }

  /** A calendar with open hours: office hours, split days, round the clock, or random shifts. */
  BusinessCalendar calendar() {
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    switch (random.nextInt(5)) {
      case 0 -> builder.openWeekdays("09:00", "18:00");
      case 1 -> builder.openWeekdays("08:00", "12:00").openWeekdays("13:00", "16:00");
      case 2 -> builder.openEveryDay(LocalInterval.parse("00:00", "24:00"));
      default -> {
        boolean any = false;
        for (DayOfWeek day : DayOfWeek.values()) {
          if (random.nextInt(10) < 7) {
            for (LocalInterval interval : intervals(1 + random.nextInt(3))) {
              builder.open(day, interval);
              any = true;
            }
          }
        }
        if (!any) {
          builder.openWeekdays("10:00", "14:00");
        }
      }
    }
    int holidays = random.nextInt(12);
    for (int i = 0; i < holidays; i++) {
      builder.holiday(date());
    }
    int breaks = random.nextInt(6);
    for (int i = 0; i < breaks; i++) {
      LocalDate date = date();
      for (LocalInterval interval : intervals(1 + random.nextInt(2))) {
        builder.breakOn(date, interval);
      }
    }
    return builder.build();
  }

  /** {@code count} disjoint local intervals of one day (fewer if boundaries collide). */
  private List<LocalInterval> intervals(int count) {
    long unit = coarse ? 3_600_000_000_000L : (random.nextBoolean() ? 60_000_000_000L : 1_000_000_000L);
    long units = LocalInterval.NANOS_PER_DAY / unit;
    TreeSet<Long> points = new TreeSet<>();
    while (points.size() < 2 * count) {
      // a boundary at 24:00 now and then
      points.add(random.nextInt(8) == 0 ? units : (long) random.nextInt((int) units));
    }
    List<LocalInterval> intervals = new ArrayList<>();
    Long[] sorted = points.toArray(Long[]::new);
    for (int i = 0; i + 1 < sorted.length; i += 2) {
      intervals.add(LocalInterval.ofNanos(sorted[i] * unit, sorted[i + 1] * unit));
    }
    return intervals;
  }

  LocalDate date() {
    return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(2 * 365));
  }

  /** An instant in 2026–2027, a third of them within a day of a clock change of {@code zone}. */
  Instant instant(ZoneId zone) {
    Instant base = FIRST.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
    if (random.nextInt(3) == 0) {
      ZoneOffsetTransition transition = zone.getRules().nextTransition(base);
      if (transition != null) {
        base = transition.getInstant().plusSeconds(random.nextInt(2 * 86_400) - 86_400);
      }
    }
    return roughen(base);
  }

  /** A business duration: zero now and then, mostly minutes to a few weeks of business time. */
  Duration duration() {
    return switch (random.nextInt(10)) {
      case 0 -> Duration.ZERO;
      case 1, 2 -> roughen(Duration.ofMinutes(1 + random.nextInt(120)));
      case 3, 4, 5 -> roughen(Duration.ofMinutes(1 + random.nextInt(60 * 24)));
      default -> roughen(Duration.ofMinutes(1 + random.nextInt(60 * 200)));
    };
  }

  /** Up to four pauses within a few weeks after {@code start}, some overlapping, some empty. */
  List<Pause> pauses(Instant start) {
    int count = random.nextInt(5);
    List<Pause> pauses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant from = roughen(start.plusSeconds(random.nextInt(21 * 86_400) - 86_400));
      Instant to = random.nextInt(10) == 0 ? from : roughen(from.plusSeconds(random.nextInt(3 * 86_400)));
      pauses.add(Pause.between(from, to.isBefore(from) ? from : to));
    }
    return pauses;
  }

  private Instant roughen(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (coarse) {
      return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, 60));
    }
    return random.nextBoolean() ? Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000)) : Instant.ofEpochSecond(seconds);
  }

  private Duration roughen(Duration duration) {
    if (coarse || random.nextBoolean()) {
      return duration;
    }
    return duration.plusSeconds(random.nextInt(60)).plusNanos(random.nextInt(1_000_000_000));
  }

  /** Everything needed to repeat a failing case. */
  static String describe(BusinessCalendar calendar, Object... values) {
    StringBuilder text = new StringBuilder("seed ").append(SEED).append(", ").append(calendar.zone()).append(' ');
    calendar.weeklyHours().forEach((day, hours) -> {
      if (!hours.isEmpty()) {
        text.append(day.name(), 0, 3).append(hours).append(' ');
      }
    });
    text.append("holidays ").append(new TreeSet<>(calendar.holidays())).append(" breaks ").append(calendar.breaks());
    for (Object value : values) {
      text.append(" | ").append(value);
    }
    return text.toString();
  }
}
