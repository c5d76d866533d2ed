package no.mediaweb.supportflow.sla.calendar;

import static no.mediaweb.supportflow.sla.calendar.Calendars.BERLIN;
import static no.mediaweb.supportflow.sla.calendar.Calendars.OSLO;
import static no.mediaweb.supportflow.sla.calendar.Calendars.SAO_PAULO;
import static no.mediaweb.supportflow.sla.calendar.Calendars.TOKYO;
import static no.mediaweb.supportflow.sla.calendar.Calendars.at;
import static no.mediaweb.supportflow.sla.calendar.Calendars.date;
import static no.mediaweb.supportflow.sla.calendar.Calendars.hours;
import static no.mediaweb.supportflow.sla.calendar.Calendars.minutes;
import static no.mediaweb.supportflow.sla.calendar.Calendars.pause;
import static no.mediaweb.supportflow.sla.calendar.Calendars.weekdaysNineToSix;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due instants worked out by hand; 2026-12-01 is a Tuesday, 2026-12-04 a Friday. */
class AddBusinessTimeTest {

  private final BusinessCalendar oslo = weekdaysNineToSix(OSLO);

  @Test
  void a_start_within_hours_counts_from_the_start() {
    assertThat(oslo.add(at("2026-12-01T10:00+01:00"), hours(2))).isEqualTo(at("2026-12-01T12:00+01:00"));
  }

  @Test
  void a_start_before_opening_counts_from_the_opening() {
    assertThat(oslo.add(at("2026-12-01T07:00+01:00"), hours(1))).isEqualTo(at("2026-12-01T10:00+01:00"));
  }

  @Test
  void a_start_after_closing_counts_from_the_next_morning() {
    assertThat(oslo.add(at("2026-12-01T19:00+01:00"), hours(1))).isEqualTo(at("2026-12-02T10:00+01:00"));
  }

  @Test
  void friday_evening_runs_on_into_monday() {
    assertThat(oslo.add(at("2026-12-04T17:30+01:00"), hours(1))).isEqualTo(at("2026-12-07T09:30+01:00"));
  }

  @Test
  void a_weekend_start_counts_from_monday_morning() {
    assertThat(oslo.add(at("2026-12-05T12:00+01:00"), minutes(90))).isEqualTo(at("2026-12-07T10:30+01:00"));
  }

  @Test
  void a_duration_running_out_at_closing_time_is_due_at_the_next_opening() {
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), hours(9))).isEqualTo(at("2026-12-02T09:00+01:00"));
    assertThat(oslo.add(at("2026-12-04T17:00+01:00"), hours(1))).isEqualTo(at("2026-12-07T09:00+01:00"));
  }

  @Test
  void a_duration_running_out_one_second_before_closing_time_stays_that_day() {
    Duration nineHoursLessASecond = hours(9).minusSeconds(1);
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), nineHoursLessASecond)).isEqualTo(at("2026-12-01T17:59:59+01:00"));
  }

  @Test
  void zero_duration_within_hours_is_the_start_itself() {
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), Duration.ZERO)).isEqualTo(at("2026-12-01T09:00+01:00"));
    assertThat(oslo.add(at("2026-12-01T13:17:05+01:00"), Duration.ZERO)).isEqualTo(at("2026-12-01T13:17:05+01:00"));
  }

  @Test
  void zero_duration_outside_hours_is_the_next_opening() {
    assertThat(oslo.add(at("2026-12-01T18:00+01:00"), Duration.ZERO)).isEqualTo(at("2026-12-02T09:00+01:00"));
    assertThat(oslo.add(at("2026-12-05T10:00+01:00"), Duration.ZERO)).isEqualTo(at("2026-12-07T09:00+01:00"));
  }

  @Test
  void forty_business_hours_from_monday_morning_end_on_friday_afternoon() {
    // Mon 2026-11-02 09:00: four days of 9 h make 36 h, the last 4 h run 09:00–13:00 on Friday
    assertThat(oslo.add(at("2026-11-02T09:00+01:00"), hours(40))).isEqualTo(at("2026-11-06T13:00+01:00"));
  }

  @Test
  void a_hundred_business_hours_span_three_weeks() {
    // 11 business days (2–6, 9–13 and 16 November) make 99 h; the 100th hour is Tuesday 09:00–10:00
    assertThat(oslo.add(at("2026-11-02T09:00+01:00"), hours(100))).isEqualTo(at("2026-11-17T10:00+01:00"));
  }

  @Test
  void christmas_holidays_and_a_christmas_eve_break_are_skipped() {
    BusinessCalendar christmas =
        BusinessCalendar.builder(OSLO)
            .openWeekdays("09:00", "18:00")
            .holiday(date("2026-12-25"))
            .holiday(date("2026-12-26"))
            .breakOn(date("2026-12-24"), "12:00", "18:00")
            .build();
    // Thu 24th 11:00–12:00 is 1 h; Friday 25th is a holiday; the weekend is closed; Mon 28th 09:00–10:00
    assertThat(christmas.add(at("2026-12-24T11:00+01:00"), hours(2))).isEqualTo(at("2026-12-28T10:00+01:00"));
    // without the holiday and the break the same two hours end on the 24th
    assertThat(oslo.add(at("2026-12-24T11:00+01:00"), hours(2))).isEqualTo(at("2026-12-24T13:00+01:00"));
  }

  @Test
  void a_break_in_the_middle_of_the_day_is_stepped_over() {
    BusinessCalendar withMeeting =
        BusinessCalendar.builder(OSLO).openWeekdays("09:00", "18:00").breakOn(date("2026-12-02"), "10:00", "11:30").build();
    assertThat(withMeeting.add(at("2026-12-02T09:00+01:00"), hours(2))).isEqualTo(at("2026-12-02T12:30+01:00"));
    // the break is on one date only: the day before is untouched
    assertThat(withMeeting.add(at("2026-12-01T09:00+01:00"), hours(2))).isEqualTo(at("2026-12-01T11:00+01:00"));
  }

  @Test
  void several_intervals_a_day_are_used_in_turn() {
    BusinessCalendar lunchClosed =
        BusinessCalendar.builder(BERLIN).openWeekdays("09:00", "12:00").openWeekdays("13:00", "17:00").build();
    // Mon 2026-06-01 11:00–12:00 is 1 h, the second hour is 13:00–14:00
    assertThat(lunchClosed.add(at("2026-06-01T11:00+02:00"), hours(2))).isEqualTo(at("2026-06-01T14:00+02:00"));
    // one hour runs out at the lunch closing, so it is due when lunch ends
    assertThat(lunchClosed.add(at("2026-06-01T11:00+02:00"), hours(1))).isEqualTo(at("2026-06-01T13:00+02:00"));
    // a full day is 7 h: from Monday 09:00 it is due at Tuesday's opening
    assertThat(lunchClosed.add(at("2026-06-01T09:00+02:00"), hours(7))).isEqualTo(at("2026-06-02T09:00+02:00"));
  }

  @Test
  void an_evening_shift_ending_at_midnight_carries_over_to_the_next_evening() {
    BusinessCalendar evenings = BusinessCalendar.builder(TOKYO).openWeekdays("16:00", "24:00").build();
    // Mon 2026-06-01 23:00–24:00 is 1 h, then Tuesday 16:00–17:00
    assertThat(evenings.add(at("2026-06-01T23:00+09:00"), hours(2))).isEqualTo(at("2026-06-02T17:00+09:00"));
  }

  @Test
  void hours_that_touch_at_midnight_run_on_without_a_jump() {
    BusinessCalendar nightShift =
        BusinessCalendar.builder(TOKYO)
            .open(DayOfWeek.MONDAY, "20:00", "24:00")
            .open(DayOfWeek.TUESDAY, "00:00", "02:00")
            .open(DayOfWeek.TUESDAY, "20:00", "24:00")
            .build();
    // one hour from Monday 23:00 ends at midnight, which is open: due at midnight itself
    assertThat(nightShift.add(at("2026-06-01T23:00+09:00"), hours(1))).isEqualTo(at("2026-06-02T00:00+09:00"));
    // three hours run out at Tuesday 02:00, a closing time: due at Tuesday 20:00
    assertThat(nightShift.add(at("2026-06-01T23:00+09:00"), hours(3))).isEqualTo(at("2026-06-02T20:00+09:00"));
  }

  @Test
  void sao_paulo_keeps_minus_three_hours_all_year() {
    BusinessCalendar saoPaulo = weekdaysNineToSix(SAO_PAULO);
    assertThat(saoPaulo.add(at("2026-06-01T17:30-03:00"), hours(1))).isEqualTo(at("2026-06-02T09:30-03:00"));
    assertThat(saoPaulo.add(at("2026-12-01T17:30-03:00"), hours(1))).isEqualTo(at("2026-12-02T09:30-03:00"));
  }

  @Test
  void a_round_the_clock_calendar_adds_real_time_for_emergencies() {
    BusinessCalendar emergencies = BusinessCalendar.roundTheClock(TOKYO);
    // Saturday night in Tokyo: four real hours later, weekend or not
    assertThat(emergencies.add(at("2026-06-06T22:00+09:00"), hours(4))).isEqualTo(at("2026-06-07T02:00+09:00"));
    assertThat(emergencies.add(at("2026-06-06T22:00+09:00"), Duration.ofDays(30))).isEqualTo(at("2026-07-06T22:00+09:00"));
  }

  @Test
  void a_pause_within_hours_pushes_the_due_instant_back_by_its_length() {
    List<Pause> waitingOnCustomer = List.of(pause("2026-12-01T10:00+01:00", "2026-12-01T11:00+01:00"));
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), hours(2), waitingOnCustomer)).isEqualTo(at("2026-12-01T12:00+01:00"));
  }

  @Test
  void a_pause_over_the_night_only_costs_its_open_part() {
    // paused Tue 17:00 to Wed 10:00: 1 h on Tuesday and 1 h on Wednesday morning are lost
    List<Pause> overnight = List.of(pause("2026-12-01T17:00+01:00", "2026-12-02T10:00+01:00"));
    assertThat(oslo.add(at("2026-12-01T16:00+01:00"), hours(2), overnight)).isEqualTo(at("2026-12-02T11:00+01:00"));
  }

  @Test
  void overlapping_pauses_stop_the_clock_once() {
    List<Pause> overlapping =
        List.of(pause("2026-12-01T10:30+01:00", "2026-12-01T11:30+01:00"), pause("2026-12-01T10:00+01:00", "2026-12-01T11:00+01:00"));
    // 09:00–10:00 runs, 10:00–11:30 is paused, 11:30–12:30 runs
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), hours(2), overlapping)).isEqualTo(at("2026-12-01T12:30+01:00"));
  }

  @Test
  void a_duration_running_out_as_a_pause_begins_is_due_when_the_pause_ends() {
    List<Pause> pause = List.of(pause("2026-12-01T10:00+01:00", "2026-12-01T10:30+01:00"));
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), hours(1), pause)).isEqualTo(at("2026-12-01T10:30+01:00"));
  }

  @Test
  void zero_duration_during_a_pause_is_due_when_the_pause_ends() {
    List<Pause> pause = List.of(pause("2026-12-01T10:00+01:00", "2026-12-01T11:00+01:00"));
    assertThat(oslo.add(at("2026-12-01T10:15+01:00"), Duration.ZERO, pause)).isEqualTo(at("2026-12-01T11:00+01:00"));
  }

  @Test
  void a_pause_running_into_closed_time_resumes_at_the_next_opening() {
    // paused from Friday 17:00 to Saturday noon; the clock restarts Monday 09:00
    List<Pause> pause = List.of(pause("2026-12-04T17:00+01:00", "2026-12-05T12:00+01:00"));
    assertThat(oslo.add(at("2026-12-04T16:00+01:00"), hours(2), pause)).isEqualTo(at("2026-12-07T10:00+01:00"));
  }

  @Test
  void a_pause_lasting_years_is_jumped_over() {
    List<Pause> longWait = List.of(pause("2026-12-01T10:00+01:00", "2031-12-01T10:00+01:00"));
    // 2031-12-01 is a Monday: the clock restarts at 10:00 and one hour later it is due
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), hours(2), longWait)).isEqualTo(at("2031-12-01T11:00+01:00"));
  }

  @Test
  void pauses_before_the_start_change_nothing() {
    List<Pause> earlier = List.of(pause("2026-11-30T10:00+01:00", "2026-11-30T12:00+01:00"));
    assertThat(oslo.add(at("2026-12-01T09:00+01:00"), hours(2), earlier)).isEqualTo(at("2026-12-01T11:00+01:00"));
  }

  @Test
  void sub_second_durations_are_kept() {
    Duration duration = Duration.ofMinutes(5).plusNanos(250_000_000);
    assertThat(oslo.add(at("2026-12-01T17:59:00+01:00"), duration)).isEqualTo(at("2026-12-02T09:04:00.25+01:00"));
  }
}
