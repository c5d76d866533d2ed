package no.mediaweb.supportflow.sla.calendar;

import static no.mediaweb.supportflow.sla.calendar.Calendars.BERLIN;
import static no.mediaweb.supportflow.sla.calendar.Calendars.NEW_YORK;
import static no.mediaweb.supportflow.sla.calendar.Calendars.OSLO;
import static no.mediaweb.supportflow.sla.calendar.Calendars.SYDNEY;
import static no.mediaweb.supportflow.sla.calendar.Calendars.at;
import static no.mediaweb.supportflow.sla.calendar.Calendars.hours;
import static no.mediaweb.supportflow.sla.calendar.Calendars.minutes;
import static no.mediaweb.supportflow.sla.calendar.Calendars.weekdaysNineToSix;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Clock changes. Oslo and Berlin: 2026-03-29 02:00 → 03:00 and 2026-10-25 03:00 → 02:00. New York:
 * 2026-03-08 02:00 → 03:00 and 2026-11-01 02:00 → 01:00. Sydney: 2026-04-05 03:00 → 02:00 and
 * 2026-10-04 02:00 → 03:00.
 */
class DaylightSavingTest {

  @Test
  void office_hours_follow_the_spring_change_over_the_weekend_in_oslo_and_berlin() {
    assertThat(weekdaysNineToSix(OSLO).add(at("2026-03-27T17:00+01:00"), hours(2))).isEqualTo(at("2026-03-30T10:00+02:00"));
    assertThat(weekdaysNineToSix(BERLIN).add(at("2026-03-27T17:00+01:00"), hours(2))).isEqualTo(at("2026-03-30T10:00+02:00"));
    assertThat(weekdaysNineToSix(OSLO).elapsed(at("2026-03-27T17:00+01:00"), at("2026-03-30T10:00+02:00"))).isEqualTo(hours(2));
  }

  @Test
  void office_hours_follow_the_autumn_change_over_the_weekend_in_oslo() {
    assertThat(weekdaysNineToSix(OSLO).add(at("2026-10-23T17:00+02:00"), hours(2))).isEqualTo(at("2026-10-26T10:00+01:00"));
  }

  @Test
  void office_hours_follow_both_changes_in_new_york() {
    BusinessCalendar newYork = weekdaysNineToSix(NEW_YORK);
    assertThat(newYork.add(at("2026-03-06T17:00-05:00"), hours(2))).isEqualTo(at("2026-03-09T10:00-04:00"));
    assertThat(newYork.add(at("2026-10-30T17:00-04:00"), hours(2))).isEqualTo(at("2026-11-02T10:00-05:00"));
  }

  @Test
  void office_hours_follow_sydneys_april_and_october_changes() {
    BusinessCalendar sydney = weekdaysNineToSix(SYDNEY);
    assertThat(sydney.add(at("2026-04-03T17:00+11:00"), hours(2))).isEqualTo(at("2026-04-06T10:00+10:00"));
    assertThat(sydney.add(at("2026-10-02T17:00+10:00"), hours(2))).isEqualTo(at("2026-10-05T10:00+11:00"));
  }

  @Test
  void twenty_four_business_hours_on_a_23_hour_day_end_after_24_real_hours() {
    BusinessCalendar roundTheClock = BusinessCalendar.roundTheClock(OSLO);
    assertThat(roundTheClock.add(at("2026-03-29T00:00+01:00"), hours(24))).isEqualTo(at("2026-03-30T01:00+02:00"));
    assertThat(roundTheClock.elapsed(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00"))).isEqualTo(hours(23));
  }

  @Test
  void twenty_four_business_hours_on_a_25_hour_day_end_before_midnight() {
    BusinessCalendar roundTheClock = BusinessCalendar.roundTheClock(OSLO);
    assertThat(roundTheClock.add(at("2026-10-25T00:00+02:00"), hours(24))).isEqualTo(at("2026-10-25T23:00+01:00"));
    assertThat(roundTheClock.elapsed(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00"))).isEqualTo(hours(25));
  }

  @Test
  void a_round_the_clock_calendar_in_new_york_counts_real_hours_across_both_changes() {
    BusinessCalendar roundTheClock = BusinessCalendar.roundTheClock(NEW_YORK);
    assertThat(roundTheClock.add(at("2026-03-08T00:00-05:00"), hours(24))).isEqualTo(at("2026-03-09T01:00-04:00"));
    assertThat(roundTheClock.add(at("2026-11-01T00:00-04:00"), hours(24))).isEqualTo(at("2026-11-01T23:00-05:00"));
  }

  @Test
  void a_round_the_clock_calendar_in_sydney_has_a_25_hour_april_day_and_a_23_hour_october_day() {
    BusinessCalendar roundTheClock = BusinessCalendar.roundTheClock(SYDNEY);
    assertThat(roundTheClock.elapsed(at("2026-04-05T00:00+11:00"), at("2026-04-06T00:00+10:00"))).isEqualTo(hours(25));
    assertThat(roundTheClock.elapsed(at("2026-10-04T00:00+10:00"), at("2026-10-05T00:00+11:00"))).isEqualTo(hours(23));
  }

  @Test
  void an_hour_skipped_by_the_spring_change_is_open_for_no_time() {
    BusinessCalendar twoToThree = BusinessCalendar.builder(OSLO).openEveryDay(LocalInterval.parse("02:00", "03:00")).build();
    assertThat(twoToThree.elapsed(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00"))).isEqualTo(Duration.ZERO);
    // so half an hour from the start of the 29th is due on the 30th
    assertThat(twoToThree.add(at("2026-03-29T00:00+01:00"), minutes(30))).isEqualTo(at("2026-03-30T02:30+02:00"));
  }

  @Test
  void an_hour_repeated_by_the_autumn_change_is_open_for_two_real_hours() {
    BusinessCalendar twoToThree = BusinessCalendar.builder(OSLO).openEveryDay(LocalInterval.parse("02:00", "03:00")).build();
    assertThat(twoToThree.elapsed(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00"))).isEqualTo(hours(2));
    // 90 minutes from the first 02:00 (summer time) end in the second 02:00–03:00 (winter time)
    assertThat(twoToThree.add(at("2026-10-25T00:00+02:00"), minutes(90))).isEqualTo(at("2026-10-25T02:30+01:00"));
  }

  @Test
  void sydneys_repeated_and_skipped_hours_count_two_and_zero() {
    BusinessCalendar twoToThree = BusinessCalendar.builder(SYDNEY).openEveryDay(LocalInterval.parse("02:00", "03:00")).build();
    assertThat(twoToThree.elapsed(at("2026-04-05T00:00+11:00"), at("2026-04-06T00:00+10:00"))).isEqualTo(hours(2));
    assertThat(twoToThree.elapsed(at("2026-10-04T00:00+10:00"), at("2026-10-05T00:00+11:00"))).isEqualTo(Duration.ZERO);
  }

  @Test
  void an_opening_time_inside_the_gap_moves_forward_to_the_first_valid_instant() {
    BusinessCalendar sundays = BusinessCalendar.builder(OSLO).open(DayOfWeek.SUNDAY, "02:30", "04:00").build();
    // 02:30 does not exist on 2026-03-29: the calendar opens at the change, 03:00 summer time
    assertThat(sundays.add(at("2026-03-29T00:00+01:00"), Duration.ZERO)).isEqualTo(at("2026-03-29T03:00+02:00"));
    assertThat(sundays.elapsed(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00"))).isEqualTo(hours(1));
  }

  @Test
  void hours_lying_wholly_inside_the_gap_are_open_for_no_time() {
    BusinessCalendar sundays = BusinessCalendar.builder(OSLO).open(DayOfWeek.SUNDAY, "02:00", "02:30").build();
    // both ends move to the change at 03:00 summer time: nothing is open on 2026-03-29
    assertThat(sundays.elapsed(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00"))).isEqualTo(Duration.ZERO);
    assertThat(sundays.add(at("2026-03-29T00:00+01:00"), Duration.ZERO)).isEqualTo(at("2026-04-05T02:00+02:00"));
  }

  @Test
  void an_opening_time_inside_the_repeated_hour_uses_its_first_occurrence() {
    BusinessCalendar sundays = BusinessCalendar.builder(OSLO).open(DayOfWeek.SUNDAY, "02:30", "04:00").build();
    // 02:30 happens twice on 2026-10-25: the calendar opens at the first, 02:30 summer time
    assertThat(sundays.add(at("2026-10-25T00:00+02:00"), Duration.ZERO)).isEqualTo(at("2026-10-25T02:30+02:00"));
    // and stays open through the repeated hour until 04:00 winter time: 2.5 real hours
    assertThat(sundays.elapsed(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00"))).isEqualTo(Duration.ofMinutes(150));
    assertThat(sundays.isOpen(at("2026-10-25T02:15+01:00"))).isTrue();
  }
}
