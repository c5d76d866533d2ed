package no.mediaweb.supportflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.sla.calendar.BusinessCalendar;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Calendars stored in MariaDB, resolved for customers' zones with their public holidays, and cached. */
@WorkersTest
class StoredCalendarsTest {

  static final ZoneId UTC = ZoneId.of("UTC");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Public holidays come for the years around "now": this test's now lies in 2026. */
  static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  @Autowired StoredCalendars calendars;
  @Autowired CalendarAdminService admin;
  @Autowired CalendarRepository repository;
  @Autowired DefaultCalendars defaults;
  @Autowired JdbcClient jdbc;

  /** Each test works on a code of its own, removed afterwards, so no other test ever resolves it. */
  private final String code = "test-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void logInAsAdministrator() {
    TestData.logInAs("calendar-admin", Role.ADMIN);
  }

  @AfterEach
  void removeTheTestCalendars() {
    TestData.logOut();
    jdbc.sql("DELETE FROM business_calendar WHERE code = :code").param("code", code).update();
    calendars.evictAll();
  }

  @Test
  void business_hours_and_round_the_clock_exist_after_start_up_as_utc_defaults_and_are_created_only_once() {
    defaults.run(null);

    assertThat(defaultRows(CalendarCatalog.BUSINESS_HOURS)).containsExactly("UTC");
    assertThat(defaultRows(CalendarCatalog.ROUND_THE_CLOCK)).containsExactly("UTC");
    BusinessCalendar businessHours = calendars.calendarFor(CalendarCatalog.BUSINESS_HOURS, UTC);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      assertThat(businessHours.hours(day)).containsExactly(LocalInterval.parse("09:00", "18:00"));
    }
    assertThat(businessHours.hours(DayOfWeek.SATURDAY)).isEmpty();
    assertThat(businessHours.hours(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(businessHours.holidays()).isEmpty();
    BusinessCalendar roundTheClock = calendars.calendarFor(CalendarCatalog.ROUND_THE_CLOCK, UTC);
    for (DayOfWeek day : DayOfWeek.values()) {
      assertThat(roundTheClock.hours(day)).containsExactly(LocalInterval.parse("00:00", "24:00"));
    }
  }

  /**
   * Christmas 2026 in Oslo: Thursday 24 December is a working day in Norway (not a public holiday)
   * with a break from 12:00; Friday 25 and Saturday 26 are public holidays; Monday 28 is a custom
   * holiday. Four business hours from Thursday 11:00 are one hour before the break, then three
   * from Tuesday 29 December 09:00: due at 12:00 that Tuesday.
   */
  @Test
  void an_oslo_calendar_with_norwegian_holidays_a_christmas_eve_break_and_a_custom_holiday_counts_past_them() {
    admin.save(
        new CalendarDefinition(
            null, code, "Oslo office", "Europe/Oslo", "NO", true, weekdays("09:00", "18:00"),
            List.of(new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 28), "Romjul closure")),
            Map.of(LocalDate.of(2026, 12, 24), List.of(LocalInterval.parse("12:00", "18:00")))));
    StoredCalendars inNovember2026 = new StoredCalendars(repository, NOVEMBER_2026);

    BusinessCalendar oslo = inNovember2026.calendarFor(code, OSLO);

    assertThat(oslo.zone()).isEqualTo(OSLO);
    assertThat(oslo.holidays())
        .contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 5, 17), LocalDate.of(2026, 12, 28))
        .doesNotContain(LocalDate.of(2026, 12, 24));
    assertThat(oslo.openHoursOn(LocalDate.of(2026, 12, 24))).containsExactly(LocalInterval.parse("09:00", "12:00"));
    Instant start = oslo(2026, 12, 24, 11, 0);
    assertThat(oslo.add(start, Duration.ofHours(4))).isEqualTo(oslo(2026, 12, 29, 12, 0));
    assertThat(oslo.elapsed(start, oslo(2026, 12, 29, 9, 0))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void public_holidays_cover_last_year_to_three_years_ahead() {
    admin.save(new CalendarDefinition(null, code, "Oslo office", "Europe/Oslo", "NO", true, weekdays("09:00", "18:00"), List.of(), Map.of()));

    BusinessCalendar oslo = new StoredCalendars(repository, NOVEMBER_2026).calendarFor(code, OSLO);

    assertThat(oslo.holidays())
        .contains(LocalDate.of(2025, 5, 17), LocalDate.of(2029, 5, 17))
        .doesNotContain(LocalDate.of(2024, 5, 17), LocalDate.of(2030, 5, 17));
  }

  @Test
  void the_business_hours_default_re_zoned_for_new_york_opens_at_nine_new_york_time() {
    BusinessCalendar newYork = calendars.calendarFor(CalendarCatalog.BUSINESS_HOURS, NEW_YORK);

    assertThat(newYork.zone()).isEqualTo(NEW_YORK);
    // Tuesday 1 December 2026: 09:00 in New York is 14:00 UTC
    assertThat(newYork.isOpen(newYork(2026, 12, 1, 8, 59))).isFalse();
    assertThat(newYork.isOpen(newYork(2026, 12, 1, 9, 0))).isTrue();
    assertThat(newYork.add(newYork(2026, 12, 1, 7, 0), Duration.ofHours(1)))
        .isEqualTo(newYork(2026, 12, 1, 10, 0))
        .isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
  }

  @Test
  void a_re_zoned_default_keeps_its_custom_holidays_and_breaks_but_not_its_countrys_public_holidays() {
    admin.save(
        new CalendarDefinition(
            null, code, "Oslo office", "Europe/Oslo", "NO", true, weekdays("09:00", "18:00"),
            List.of(new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 28), "Romjul closure")),
            Map.of(LocalDate.of(2026, 12, 24), List.of(LocalInterval.parse("12:00", "18:00")))));
    StoredCalendars inNovember2026 = new StoredCalendars(repository, NOVEMBER_2026);

    BusinessCalendar stockholm = inNovember2026.calendarFor(code, STOCKHOLM);

    assertThat(stockholm.zone()).isEqualTo(STOCKHOLM);
    assertThat(stockholm.holidays()).containsExactly(LocalDate.of(2026, 12, 28));
    assertThat(stockholm.breaks()).containsEntry(LocalDate.of(2026, 12, 24), List.of(LocalInterval.parse("12:00", "18:00")));
    assertThat(inNovember2026.calendarFor(code, OSLO).holidays()).contains(LocalDate.of(2026, 12, 25));
  }

  @Test
  void an_instance_stored_for_the_customers_zone_wins_over_the_default() {
    admin.save(new CalendarDefinition(null, code, "Everywhere", "UTC", null, true, weekdays("09:00", "18:00"), List.of(), Map.of()));
    admin.save(new CalendarDefinition(null, code, "Oslo office", "Europe/Oslo", null, false, weekdays("08:00", "16:00"), List.of(), Map.of()));

    assertThat(calendars.calendarFor(code, OSLO).hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("08:00", "16:00"));
    assertThat(calendars.calendarFor(code, STOCKHOLM).hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("09:00", "18:00"));
  }

  @Test
  void an_unknown_code_is_an_illegal_argument() {
    assertThatThrownBy(() -> calendars.calendarFor(code, OSLO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(code);
  }

  @Test
  void resolved_calendars_are_cached_until_an_administrator_saves() {
    CalendarDefinition saved =
        admin.save(new CalendarDefinition(null, code, "Support", "UTC", null, true, weekdays("09:00", "17:00"), List.of(), Map.of()));
    assertThat(calendars.calendarFor(code, UTC).hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("09:00", "17:00"));

    // a change behind the service's back is not seen: the calendar comes from the cache
    jdbc.sql("UPDATE business_calendar_hours SET start_minute = 420 WHERE calendar_id = :id").param("id", saved.id()).update();
    assertThat(calendars.calendarFor(code, UTC).hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("09:00", "17:00"));

    Map<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(saved.weeklyHours());
    hours.put(DayOfWeek.MONDAY, List.of(LocalInterval.parse("10:00", "16:00")));
    admin.save(admin.load(saved.id()).withWeeklyHours(hours));

    assertThat(calendars.calendarFor(code, UTC).hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("10:00", "16:00"));
  }

  @Test
  void deleting_a_zones_instance_sends_its_customers_back_to_the_default() {
    admin.save(new CalendarDefinition(null, code, "Everywhere", "UTC", null, true, weekdays("09:00", "18:00"), List.of(), Map.of()));
    CalendarDefinition oslo =
        admin.save(new CalendarDefinition(null, code, "Oslo office", "Europe/Oslo", null, false, weekdays("08:00", "16:00"), List.of(), Map.of()));
    assertThat(calendars.calendarFor(code, OSLO).hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("08:00", "16:00"));

    admin.delete(oslo.id());

    assertThat(calendars.calendarFor(code, OSLO).hours(DayOfWeek.MONDAY)).containsExactly(LocalInterval.parse("09:00", "18:00"));
  }

  // ---- helpers ------------------------------------------------------------------------------------

  static Map<DayOfWeek, List<LocalInterval>> weekdays(String start, String end) {
    Map<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      hours.put(day, List.of(LocalInterval.parse(start, end)));
    }
    return hours;
  }

  private List<String> defaultRows(String calendarCode) {
    return jdbc.sql("SELECT time_zone FROM business_calendar WHERE code = :code AND is_default")
        .param("code", calendarCode)
        .query(String.class)
        .list();
  }

  private static Instant oslo(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO).toInstant();
  }

  private static Instant newYork(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
  }
}
