package no.mediaweb.supportflow.sla.calendar;

import static no.mediaweb.supportflow.sla.calendar.Calendars.OSLO;
import static no.mediaweb.supportflow.sla.calendar.Calendars.at;
import static no.mediaweb.supportflow.sla.calendar.Calendars.date;
import static no.mediaweb.supportflow.sla.calendar.Calendars.hours;
import static no.mediaweb.supportflow.sla.calendar.Calendars.weekdaysNineToSix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a calendar accepts, and how it refuses questions it cannot answer. */
class BusinessCalendarRulesTest {

  @Test
  void overlapping_hours_on_one_day_are_rejected_naming_both_intervals() {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(OSLO).open(DayOfWeek.MONDAY, "09:00", "12:00").open(DayOfWeek.MONDAY, "11:00", "13:00");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opening hours on MONDAY overlap: 09:00–12:00 and 11:00–13:00");
  }

  @Test
  void hours_that_only_touch_are_accepted() {
    BusinessCalendar calendar = BusinessCalendar.builder(OSLO).open(DayOfWeek.MONDAY, "09:00", "12:00").open(DayOfWeek.MONDAY, "12:00", "13:00").build();
    assertThat(calendar.hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("09:00", "12:00"), LocalInterval.parse("12:00", "13:00"));
  }

  @Test
  void an_interval_must_start_before_it_ends() {
    assertThatThrownBy(() -> LocalInterval.parse("18:00", "09:00")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start before it ends: 18:00–09:00");
    assertThatThrownBy(() -> LocalInterval.parse("09:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void only_an_end_may_be_24_00() {
    assertThat(LocalInterval.parse("20:00", "24:00").endsAtEndOfDay()).isTrue();
    assertThat(LocalInterval.of(LocalTime.of(20, 0), LocalTime.MIDNIGHT)).isEqualTo(LocalInterval.parse("20:00", "24:00"));
    assertThatThrownBy(() -> LocalInterval.parse("24:00", "24:00")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24:00 may only end");
  }

  @Test
  void a_time_that_is_not_a_time_is_rejected() {
    assertThatThrownBy(() -> LocalInterval.parse("09:00", "25:00")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad time \"25:00\"");
    assertThatThrownBy(() -> LocalInterval.parse("9", "17:00")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad time \"9\"");
  }

  @Test
  void overlapping_breaks_are_merged() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(OSLO).openWeekdays("09:00", "18:00").breakOn(date("2026-12-01"), "10:00", "12:00").breakOn(date("2026-12-01"), "11:00", "13:00").build();
    assertThat(calendar.openHoursOn(date("2026-12-01"))).containsExactly(LocalInterval.parse("09:00", "10:00"), LocalInterval.parse("13:00", "18:00"));
    assertThat(calendar.openHoursOn(date("2026-12-02"))).containsExactly(LocalInterval.parse("09:00", "18:00"));
  }

  @Test
  void a_holiday_has_no_open_hours() {
    BusinessCalendar calendar = BusinessCalendar.builder(OSLO).openWeekdays("09:00", "18:00").holiday(date("2026-12-25")).build();
    assertThat(calendar.openHoursOn(date("2026-12-25"))).isEmpty();
  }

  @Test
  void adding_on_a_calendar_without_open_hours_is_refused_instead_of_looping() {
    BusinessCalendar closed = BusinessCalendar.builder(OSLO).build();
    assertThat(closed.hasOpenHours()).isFalse();
    assertThatThrownBy(() -> closed.add(at("2026-12-01T09:00+01:00"), hours(1))).isInstanceOf(IllegalArgumentException.class).hasMessage("calendar has no open hours");
  }

  @Test
  void adding_is_refused_when_five_years_of_days_are_all_closed() {
    BusinessCalendar mondaysOnly = BusinessCalendar.builder(OSLO).open(DayOfWeek.MONDAY, "09:00", "18:00").holidays(everyMondayFrom("2026-11-30", "2032-12-31")).build();
    assertThatThrownBy(() -> mondaysOnly.add(at("2026-12-01T09:00+01:00"), hours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no open hours in the five years");
  }

  @Test
  void two_closed_years_are_still_walked_through() {
    BusinessCalendar mondaysOnly = BusinessCalendar.builder(OSLO).open(DayOfWeek.MONDAY, "09:00", "18:00").holidays(everyMondayFrom("2026-11-30", "2028-11-27")).build();
    assertThat(mondaysOnly.add(at("2026-11-30T09:00+01:00"), hours(1))).isEqualTo(at("2028-12-04T10:00+01:00"));
  }

  @Test
  void a_negative_duration_is_rejected() {
    assertThatThrownBy(() -> weekdaysNineToSix(OSLO).add(at("2026-12-01T09:00+01:00"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void a_pause_may_not_end_before_it_starts() {
    assertThatThrownBy(() -> Pause.between(at("2026-12-01T11:00+01:00"), at("2026-12-01T10:00+01:00"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Pause.between(at("2026-12-01T11:00+01:00"), at("2026-12-01T11:00+01:00")).contains(at("2026-12-01T11:00+01:00"))).isFalse();
  }

  @Test
  void an_empty_pause_stops_nothing() {
    List<Pause> empty = List.of(Pause.between(at("2026-12-01T10:00+01:00"), at("2026-12-01T10:00+01:00")));
    assertThat(weekdaysNineToSix(OSLO).add(at("2026-12-01T09:00+01:00"), hours(2), empty)).isEqualTo(at("2026-12-01T11:00+01:00"));
  }

  @Test
  void a_due_instant_after_the_year_9999_is_refused() {
    BusinessCalendar utc = BusinessCalendar.roundTheClock(ZoneOffset.UTC);
    assertThatThrownBy(() -> utc.add(at("9999-06-01T00:00Z"), Duration.ofDays(400))).isInstanceOf(ArithmeticException.class);
    assertThat(utc.add(at("9999-06-01T00:00Z"), Duration.ofDays(100))).isEqualTo(at("9999-09-09T00:00Z"));
  }

  @Test
  void the_calendar_keeps_what_it_was_built_with() {
    BusinessCalendar calendar = BusinessCalendar.builder(OSLO).openWeekdays("09:00", "18:00").holiday(date("2026-12-25")).build();
    assertThat(calendar.zone()).isEqualTo(OSLO);
    assertThat(calendar.hours(DayOfWeek.SATURDAY)).isEmpty();
    assertThat(calendar.weeklyHours()).hasSize(7);
    assertThat(calendar.holidays()).containsExactly(date("2026-12-25"));
    assertThatThrownBy(() -> calendar.holidays().add(date("2026-12-26"))).isInstanceOf(UnsupportedOperationException.class);
  }

  private static List<LocalDate> everyMondayFrom(String first, String last) {
    return date(first).datesUntil(date(last).plusDays(1), java.time.Period.ofWeeks(1)).toList();
  }
}
