package no.mediaweb.supportflow.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of the arithmetic, each checked on hundreds of seeded random cases across zones (Oslo,
 * Berlin, New York, São Paulo, Sydney, Tokyo, UTC, Lord Howe, Kolkata), a third of the starts
 * within a day of a clock change, with random shifts, holidays, breaks and pauses, at nanosecond
 * precision.
 */
class BusinessTimePropertiesTest {

  private static final int CASES = 400;

  @Test
  void the_business_time_up_to_the_due_instant_is_the_duration_added() {
    RandomCases random = new RandomCases(RandomCases.SEED, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Duration duration = random.duration();
      List<Pause> pauses = random.pauses(start);
      Instant due = calendar.add(start, duration, pauses);
      assertThat(calendar.elapsed(start, due, pauses))
          .as(RandomCases.describe(calendar, "case " + i, start, duration, pauses, "due " + due))
          .isEqualTo(duration);
    }
  }

  @Test
  void a_duration_measured_up_to_any_instant_is_due_at_the_first_running_instant_from_there() {
    // half of the targets fall in closed or paused time, so the due instant lands on closing times
    RandomCases random = new RandomCases(RandomCases.SEED + 9, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Instant target = start.plusSeconds(random.random().nextInt(20 * 86_400));
      List<Pause> pauses = random.pauses(start);
      Duration measured = calendar.elapsed(start, target, pauses);
      assertThat(calendar.add(start, measured, pauses))
          .as(RandomCases.describe(calendar, "case " + i, start, target, measured, pauses))
          .isEqualTo(calendar.add(target, Duration.ZERO, pauses));
    }
  }

  @Test
  void the_due_instant_is_never_before_the_start_and_always_running() {
    RandomCases random = new RandomCases(RandomCases.SEED + 1, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Duration duration = random.duration();
      List<Pause> pauses = random.pauses(start);
      Instant due = calendar.add(start, duration, pauses);
      String description = RandomCases.describe(calendar, "case " + i, start, duration, pauses, "due " + due);
      assertThat(due).as(description).isAfterOrEqualTo(start);
      assertThat(calendar.isOpen(due)).as(description).isTrue();
      assertThat(pauses).as(description).noneMatch(pause -> pause.contains(due));
    }
  }

  @Test
  void zero_duration_keeps_a_running_start_and_otherwise_adds_no_business_time() {
    RandomCases random = new RandomCases(RandomCases.SEED + 2, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      List<Pause> pauses = random.pauses(start.minus(Duration.ofDays(2)));
      Instant due = calendar.add(start, Duration.ZERO, pauses);
      String description = RandomCases.describe(calendar, "case " + i, start, pauses, "due " + due);
      boolean running = calendar.isOpen(start) && pauses.stream().noneMatch(pause -> pause.contains(start));
      if (running) {
        assertThat(due).as(description).isEqualTo(start);
      } else {
        assertThat(due).as(description).isAfter(start);
      }
      assertThat(calendar.elapsed(start, due, pauses)).as(description).isEqualTo(Duration.ZERO);
    }
  }

  @Test
  void a_longer_duration_is_never_due_earlier() {
    RandomCases random = new RandomCases(RandomCases.SEED + 3, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Duration shorter = random.duration();
      Duration longer = shorter.plus(random.random().nextBoolean() ? Duration.ofNanos(1) : random.duration());
      List<Pause> pauses = random.pauses(start);
      assertThat(calendar.add(start, longer, pauses))
          .as(RandomCases.describe(calendar, "case " + i, start, shorter, longer, pauses))
          .isAfterOrEqualTo(calendar.add(start, shorter, pauses));
    }
  }

  @Test
  void a_positive_duration_is_due_strictly_later_than_zero() {
    RandomCases random = new RandomCases(RandomCases.SEED + 4, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Duration duration = random.duration().plusNanos(1);
      List<Pause> pauses = random.pauses(start);
      assertThat(calendar.add(start, duration, pauses))
          .as(RandomCases.describe(calendar, "case " + i, start, duration, pauses))
          .isAfter(calendar.add(start, Duration.ZERO, pauses));
    }
  }

  @Test
  void elapsed_time_adds_up_over_any_split_point() {
    RandomCases random = new RandomCases(RandomCases.SEED + 5, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant a = random.instant(calendar.zone());
      Instant b = a.plusSeconds(random.random().nextInt(20 * 86_400)).plusNanos(random.random().nextInt(1_000_000_000));
      Instant c = b.plusSeconds(random.random().nextInt(20 * 86_400));
      List<Pause> pauses = random.pauses(a);
      assertThat(calendar.elapsed(a, b, pauses).plus(calendar.elapsed(b, c, pauses)))
          .as(RandomCases.describe(calendar, "case " + i, a, b, c, pauses))
          .isEqualTo(calendar.elapsed(a, c, pauses));
    }
  }

  @Test
  void elapsed_time_never_exceeds_real_time_and_pauses_only_take_away() {
    RandomCases random = new RandomCases(RandomCases.SEED + 6, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant from = random.instant(calendar.zone());
      Instant to = from.plusSeconds(random.random().nextInt(30 * 86_400));
      List<Pause> pauses = random.pauses(from);
      String description = RandomCases.describe(calendar, "case " + i, from, to, pauses);
      Duration withoutPauses = calendar.elapsed(from, to);
      assertThat(withoutPauses).as(description).isLessThanOrEqualTo(Duration.between(from, to));
      assertThat(calendar.elapsed(from, to, pauses)).as(description).isLessThanOrEqualTo(withoutPauses);
    }
  }

  @Test
  void pauses_never_make_a_due_instant_earlier() {
    RandomCases random = new RandomCases(RandomCases.SEED + 7, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Duration duration = random.duration();
      List<Pause> pauses = random.pauses(start);
      List<Pause> more = new ArrayList<>(pauses);
      more.addAll(random.pauses(start));
      String description = RandomCases.describe(calendar, "case " + i, start, duration, pauses, more);
      Instant unpaused = calendar.add(start, duration);
      Instant paused = calendar.add(start, duration, pauses);
      assertThat(paused).as(description).isAfterOrEqualTo(unpaused);
      assertThat(calendar.add(start, duration, more)).as(description).isAfterOrEqualTo(paused);
    }
  }

  @Test
  void the_order_of_the_pauses_does_not_matter() {
    RandomCases random = new RandomCases(RandomCases.SEED + 8, false);
    for (int i = 0; i < CASES; i++) {
      BusinessCalendar calendar = random.calendar();
      Instant start = random.instant(calendar.zone());
      Duration duration = random.duration();
      List<Pause> pauses = random.pauses(start);
      List<Pause> reversed = new ArrayList<>(pauses.reversed());
      assertThat(calendar.add(start, duration, reversed))
          .as(RandomCases.describe(calendar, "case " + i, start, duration, pauses))
          .isEqualTo(calendar.add(start, duration, pauses));
    }
  }
}
