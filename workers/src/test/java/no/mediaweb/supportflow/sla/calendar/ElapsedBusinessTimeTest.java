package no.mediaweb.supportflow.sla.calendar;

import static no.mediaweb.supportflow.sla.calendar.Calendars.NEW_YORK;
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

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Business time between two instants, worked out by hand. */
class ElapsedBusinessTimeTest {

  private final BusinessCalendar oslo = weekdaysNineToSix(OSLO);

  @Test
  void time_within_one_open_interval_is_counted_in_full() {
    assertThat(oslo.elapsed(at("2026-12-01T10:15+01:00"), at("2026-12-01T10:45+01:00"))).isEqualTo(minutes(30));
  }

  @Test
  void a_weekend_counts_nothing() {
    assertThat(oslo.elapsed(at("2026-12-04T17:00+01:00"), at("2026-12-07T10:00+01:00"))).isEqualTo(hours(2));
    assertThat(oslo.elapsed(at("2026-12-05T08:00+01:00"), at("2026-12-06T20:00+01:00"))).isEqualTo(Duration.ZERO);
  }

  @Test
  void a_night_counts_nothing() {
    assertThat(oslo.elapsed(at("2026-12-01T18:00+01:00"), at("2026-12-02T09:00+01:00"))).isEqualTo(Duration.ZERO);
  }

  @Test
  void holidays_count_nothing() {
    BusinessCalendar christmas =
        BusinessCalendar.builder(OSLO).openWeekdays("09:00", "18:00").holiday(date("2026-12-24")).holiday(date("2026-12-25")).build();
    // Wednesday 23rd and Monday 28th count 9 h each; Thursday and Friday are holidays
    assertThat(christmas.elapsed(at("2026-12-23T09:00+01:00"), at("2026-12-28T18:00+01:00"))).isEqualTo(hours(18));
    assertThat(oslo.elapsed(at("2026-12-23T09:00+01:00"), at("2026-12-28T18:00+01:00"))).isEqualTo(hours(36));
  }

  @Test
  void breaks_count_nothing() {
    BusinessCalendar christmasEve = BusinessCalendar.builder(OSLO).openWeekdays("09:00", "18:00").breakOn(date("2026-12-24"), "12:00", "24:00").build();
    assertThat(christmasEve.elapsed(at("2026-12-24T00:00+01:00"), at("2026-12-25T00:00+01:00"))).isEqualTo(hours(3));
  }

  @Test
  void pauses_count_nothing_even_when_they_overlap_the_night() {
    List<Pause> pauses = List.of(pause("2026-12-01T10:00+01:00", "2026-12-01T11:00+01:00"), pause("2026-12-01T17:00+01:00", "2026-12-02T10:00+01:00"));
    // Tuesday 9 h less 10–11 and 17–18, Wednesday 9 h less 09–10
    assertThat(oslo.elapsed(at("2026-12-01T09:00+01:00"), at("2026-12-02T18:00+01:00"), pauses)).isEqualTo(hours(15));
  }

  @Test
  void an_end_at_or_before_the_start_gives_zero() {
    assertThat(oslo.elapsed(at("2026-12-01T12:00+01:00"), at("2026-12-01T12:00+01:00"))).isEqualTo(Duration.ZERO);
    assertThat(oslo.elapsed(at("2026-12-01T12:00+01:00"), at("2026-12-01T10:00+01:00"))).isEqualTo(Duration.ZERO);
  }

  @Test
  void two_weeks_in_new_york_are_ten_business_days() {
    assertThat(weekdaysNineToSix(NEW_YORK).elapsed(at("2026-11-02T09:00-05:00"), at("2026-11-16T09:00-05:00"))).isEqualTo(hours(90));
  }

  @Test
  void split_days_in_sao_paulo_count_both_parts() {
    BusinessCalendar split = BusinessCalendar.builder(SAO_PAULO).openWeekdays("08:00", "12:00").openWeekdays("14:00", "18:00").build();
    assertThat(split.elapsed(at("2026-06-01T10:00-03:00"), at("2026-06-01T15:30-03:00"))).isEqualTo(minutes(210));
  }

  @Test
  void a_round_the_clock_calendar_counts_real_time() {
    assertThat(BusinessCalendar.roundTheClock(TOKYO).elapsed(at("2026-06-05T20:00+09:00"), at("2026-06-08T08:00+09:00"))).isEqualTo(hours(60));
  }

  @Test
  void a_calendar_that_is_never_open_counts_nothing() {
    BusinessCalendar closed = BusinessCalendar.builder(OSLO).build();
    assertThat(closed.elapsed(at("2026-12-01T00:00+01:00"), at("2027-12-01T00:00+01:00"))).isEqualTo(Duration.ZERO);
  }

  @Test
  void whether_the_calendar_is_open_follows_the_half_open_hours() {
    assertThat(oslo.isOpen(at("2026-12-01T09:00+01:00"))).isTrue();
    assertThat(oslo.isOpen(at("2026-12-01T17:59:59.999+01:00"))).isTrue();
    assertThat(oslo.isOpen(at("2026-12-01T18:00+01:00"))).isFalse();
    assertThat(oslo.isOpen(at("2026-12-01T08:59:59+01:00"))).isFalse();
    assertThat(oslo.isOpen(at("2026-12-05T12:00+01:00"))).isFalse();
  }
}
