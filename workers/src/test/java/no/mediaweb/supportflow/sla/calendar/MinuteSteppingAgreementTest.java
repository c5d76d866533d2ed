package no.mediaweb.supportflow.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interval arithmetic gives the same answers as stepping minute by minute through the wall
 * clock, on random calendars with whole-hour boundaries and whole-minute starts, durations and
 * pauses (where the stepping is exact), across zones and clock changes.
 */
class MinuteSteppingAgreementTest {

  private static final int CASES = 300;

  @Test
  void due_instants_agree_with_minute_stepping() {
    RandomCases random = new RandomCases(RandomCases.SEED + 100, true);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Duration duration = Duration.ofMinutes(random.random().nextInt(random.random().nextBoolean() ? 600 : 4000));
      List<Pause> pauses = random.pauses(start);
      assertThat(calendar.add(start, duration, pauses))
          .as(RandomCases.describe(calendar, "case " + i, start, duration, pauses))
          .isEqualTo(new NaiveMinuteStepper(calendar).add(start, duration, pauses));
    }
  }

  @Test
  void durations_that_run_out_at_closing_times_agree_with_minute_stepping() {
    RandomCases random = new RandomCases(RandomCases.SEED + 103, true);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      NaiveMinuteStepper stepper = new NaiveMinuteStepper(calendar);
      Instant start = random.instant(calendar.zone());
      Instant target = start.plus(Duration.ofMinutes(random.random().nextInt(4 * 24 * 60)));
      List<Pause> pauses = random.pauses(start);
      // the minutes up to a target in closed time run out exactly at a closing time
      Duration duration = stepper.elapsed(start, target, pauses);
      assertThat(calendar.add(start, duration, pauses))
          .as(RandomCases.describe(calendar, "case " + i, start, target, duration, pauses))
          .isEqualTo(stepper.add(start, duration, pauses));
    }
  }

  @Test
  void elapsed_times_agree_with_minute_stepping() {
    RandomCases random = new RandomCases(RandomCases.SEED + 101, true);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant from = random.instant(calendar.zone());
      Instant to = from.plus(Duration.ofMinutes(random.random().nextInt(6 * 24 * 60)));
      List<Pause> pauses = random.pauses(from);
      assertThat(calendar.elapsed(from, to, pauses))
          .as(RandomCases.describe(calendar, "case " + i, from, to, pauses))
          .isEqualTo(new NaiveMinuteStepper(calendar).elapsed(from, to, pauses));
    }
  }

  @Test
  void being_open_agrees_with_reading_the_wall_clock() {
    RandomCases random = new RandomCases(RandomCases.SEED + 102, true);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      NaiveMinuteStepper stepper = new NaiveMinuteStepper(calendar);
      Instant first = random.instant(calendar.zone());
      for (int minute = 0; minute < 24 * 60; minute += 1 + random.random().nextInt(59)) {
        Instant t = first.plus(Duration.ofMinutes(minute));
        assertThat(calendar.isOpen(t)).as(RandomCases.describe(calendar, "case " + i, t)).isEqualTo(stepper.isRunning(t, List.of()));
      }
    }
  }
}
