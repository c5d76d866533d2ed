package no.mediaweb.supportflow.sla;

import static no.mediaweb.supportflow.sla.StoredCalendarsTest.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Administrators keep the business calendars; every save is checked and written whole or not at all. */
@WorkersTest
class CalendarAdminServiceTest {

  @Autowired CalendarAdminService admin;
  @Autowired JdbcClient jdbc;

  private final String code = "test-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void logInAsAdministrator() {
    TestData.logInAs("calendar-admin", Role.ADMIN);
  }

  @AfterEach
  void removeTheTestCalendars() {
    TestData.logOut();
    jdbc.sql("DELETE FROM business_calendar WHERE code = :code").param("code", code).update();
  }

  @Test
  void a_saved_calendar_loads_back_as_it_was_saved_with_code_and_country_normalised() {
    Map<DayOfWeek, List<LocalInterval>> hours = weekdays("09:00", "18:00");
    hours.put(DayOfWeek.MONDAY, List.of(LocalInterval.parse("08:00", "12:00"), LocalInterval.parse("13:00", "17:30")));
    hours.put(DayOfWeek.SATURDAY, List.of(LocalInterval.parse("20:00", "24:00")));
    CalendarDefinition definition =
        new CalendarDefinition(
            null, "  " + code.toUpperCase() + " ", " Oslo office ", "Europe/Oslo", "no", true, hours,
            List.of(
                new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 31), "New Year's Eve"),
                new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 28), "Romjul closure")),
            Map.of(
                LocalDate.of(2026, 12, 24), List.of(LocalInterval.parse("12:00", "24:00")),
                LocalDate.of(2026, 6, 19), List.of(LocalInterval.parse("15:00", "18:00"), LocalInterval.parse("09:00", "10:00"))));

    CalendarDefinition saved = admin.save(definition);
    CalendarDefinition loaded = admin.load(saved.id());

    assertThat(loaded).isEqualTo(saved);
    assertThat(loaded.id()).isNotNull();
    assertThat(loaded.code()).isEqualTo(code);
    assertThat(loaded.name()).isEqualTo("Oslo office");
    assertThat(loaded.zone()).isEqualTo("Europe/Oslo");
    assertThat(loaded.holidayCountry()).isEqualTo("NO");
    assertThat(loaded.isDefault()).isTrue();
    assertThat(loaded.weeklyHours()).isEqualTo(hours);
    assertThat(loaded.customHolidays())
        .containsExactly(
            new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 28), "Romjul closure"),
            new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 31), "New Year's Eve"));
    assertThat(loaded.breaks())
        .containsExactly(
            Map.entry(LocalDate.of(2026, 6, 19), List.of(LocalInterval.parse("09:00", "10:00"), LocalInterval.parse("15:00", "18:00"))),
            Map.entry(LocalDate.of(2026, 12, 24), List.of(LocalInterval.parse("12:00", "24:00"))));
    assertThat(admin.list()).contains(loaded);
  }

  @Test
  void an_update_replaces_hours_holidays_and_breaks() {
    CalendarDefinition saved =
        admin.save(
            new CalendarDefinition(
                null, code, "Support", "UTC", null, true, weekdays("09:00", "18:00"),
                List.of(new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 28), "Closed")),
                Map.of(LocalDate.of(2026, 12, 24), List.of(LocalInterval.parse("12:00", "18:00")))));

    admin.save(
        new CalendarDefinition(
            saved.id(), code, "Support desk", "Europe/London", "GB", true, weekdays("08:00", "16:00"), List.of(), Map.of()));

    CalendarDefinition loaded = admin.load(saved.id());
    assertThat(loaded.name()).isEqualTo("Support desk");
    assertThat(loaded.zone()).isEqualTo("Europe/London");
    assertThat(loaded.holidayCountry()).isEqualTo("GB");
    assertThat(loaded.hours(DayOfWeek.FRIDAY)).containsExactly(LocalInterval.parse("08:00", "16:00"));
    assertThat(loaded.customHolidays()).isEmpty();
    assertThat(loaded.breaks()).isEmpty();
    assertThat(rows()).isEqualTo(new Rows(1, 5, 0, 0));
  }

  @Test
  void overlapping_hours_are_refused_on_their_weekday_and_nothing_is_written() {
    Map<DayOfWeek, List<LocalInterval>> hours = weekdays("09:00", "18:00");
    hours.put(DayOfWeek.TUESDAY, List.of(LocalInterval.parse("09:00", "12:00"), LocalInterval.parse("11:00", "18:00")));
    Rows before = allRows();

    assertThatThrownBy(() -> admin.save(new CalendarDefinition(null, code, "Support", "UTC", null, true, hours, List.of(), Map.of())))
        .isInstanceOfSatisfying(
            CalendarValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("hours.TUESDAY").containsEntry("hours.TUESDAY", "09:00–12:00 and 11:00–18:00 overlap"))
        .hasMessage("Tuesday: 09:00–12:00 and 11:00–18:00 overlap");
    assertThat(allRows()).isEqualTo(before);
  }

  @Test
  void a_zone_that_does_not_exist_is_refused_and_nothing_is_written() {
    Rows before = allRows();

    assertThatThrownBy(() -> admin.save(definition("Europe/Atlantis", null, true)))
        .isInstanceOfSatisfying(
            CalendarValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys(CalendarValidationException.ZONE))
        .hasMessageContaining("Time zone: \"Europe/Atlantis\" is not a time zone");
    assertThatThrownBy(() -> admin.save(definition("+02:00", null, true))).isInstanceOf(CalendarValidationException.class);
    assertThat(allRows()).isEqualTo(before);
  }

  @Test
  void a_country_jollyday_does_not_know_is_refused_and_nothing_is_written() {
    Rows before = allRows();

    assertThatThrownBy(() -> admin.save(definition("Europe/Oslo", "XX", true)))
        .isInstanceOfSatisfying(
            CalendarValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys(CalendarValidationException.HOLIDAY_COUNTRY))
        .hasMessage("Holiday country: No public holidays are known for \"XX\"");
    assertThat(allRows()).isEqualTo(before);
  }

  @Test
  void a_second_calendar_for_the_same_code_and_zone_is_refused_on_the_zone_and_nothing_more_is_written() {
    admin.save(definition("Europe/Oslo", "NO", true));
    Rows before = allRows();

    assertThatThrownBy(() -> admin.save(definition("Europe/Oslo", null, false)))
        .isInstanceOfSatisfying(
            CalendarValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys(CalendarValidationException.ZONE))
        .hasMessage("Time zone: The code " + code + " already has a calendar for Europe/Oslo; edit that one instead");
    assertThat(allRows()).isEqualTo(before);
    assertThat(rows().calendars()).isEqualTo(1);
  }

  @Test
  void every_field_error_is_reported_at_once() {
    CalendarDefinition bad =
        new CalendarDefinition(
            null, "Not a code!", " ", "Nowhere/Land", "XX", true, Map.of(),
            List.of(new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 28), "")), Map.of());

    assertThatThrownBy(() -> admin.save(bad))
        .isInstanceOfSatisfying(
            CalendarValidationException.class,
            e -> assertThat(e.fieldErrors())
                .containsOnlyKeys("code", "name", "zone", "holidayCountry", "hours", "customHolidays"));
  }

  @Test
  void making_another_calendar_the_default_takes_the_default_from_the_first() {
    CalendarDefinition utc = admin.save(definition("UTC", null, true));
    CalendarDefinition oslo = admin.save(definition("Europe/Oslo", "NO", true));

    assertThat(admin.load(oslo.id()).isDefault()).isTrue();
    assertThat(admin.load(utc.id()).isDefault()).isFalse();
  }

  @Test
  void a_code_never_loses_its_default() {
    Rows before = allRows();
    assertThatThrownBy(() -> admin.save(definition("UTC", null, false)))
        .isInstanceOf(CalendarValidationException.class)
        .hasMessage("Default: The code " + code + " has no default calendar yet; make this one its default");
    assertThat(allRows()).isEqualTo(before);

    CalendarDefinition utc = admin.save(definition("UTC", null, true));
    assertThatThrownBy(() -> admin.save(new CalendarDefinition(utc.id(), code, "Support", "UTC", null, false, weekdays("09:00", "18:00"), List.of(), Map.of())))
        .isInstanceOf(CalendarValidationException.class)
        .hasMessageContaining("make another calendar of that code the default instead");
    assertThat(admin.load(utc.id()).isDefault()).isTrue();
  }

  @Test
  void the_default_calendar_of_a_code_cannot_be_deleted_but_another_instance_can() {
    CalendarDefinition utc = admin.save(definition("UTC", null, true));
    CalendarDefinition oslo = admin.save(definition("Europe/Oslo", "NO", false));

    assertThatThrownBy(() -> admin.delete(utc.id()))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("is the default calendar of " + code + " and cannot be deleted");
    admin.delete(oslo.id());

    assertThat(rows().calendars()).isEqualTo(1);
    assertThat(admin.load(utc.id()).isDefault()).isTrue();
  }

  @Test
  void the_reference_business_hours_calendar_cannot_be_deleted() {
    CalendarDefinition businessHours =
        admin.list().stream().filter(c -> c.code().equals(CalendarCatalog.BUSINESS_HOURS) && c.isDefault()).findFirst().orElseThrow();

    assertThatThrownBy(() -> admin.delete(businessHours.id())).isInstanceOf(BusinessRuleException.class);

    assertThat(admin.load(businessHours.id())).isEqualTo(businessHours);
  }

  @Test
  void the_preview_computes_a_due_instant_on_an_unsaved_calendar_with_its_public_holidays_and_writes_nothing() {
    Rows before = allRows();
    CalendarDefinition oslo = definition("Europe/Oslo", "NO", true);

    // Wednesday 23 December 2026 16:00 Oslo: 2 h that day, then Christmas (Friday 25) and the weekend
    Instant due = admin.preview(oslo, Duration.ofHours(4), Instant.parse("2026-12-23T15:00:00Z"));

    assertThat(due).isEqualTo(Instant.parse("2026-12-24T10:00:00Z"));
    assertThat(admin.preview(oslo, Duration.ofHours(12), Instant.parse("2026-12-23T15:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-28T09:00:00Z"));
    assertThat(allRows()).isEqualTo(before);
  }

  @Test
  void the_preview_tolerates_a_calendar_without_code_or_name_yet_but_not_one_that_is_never_open() {
    CalendarDefinition untitled = new CalendarDefinition(null, "", "", "UTC", null, false, weekdays("09:00", "18:00"), List.of(), Map.of());
    assertThat(admin.preview(untitled, Duration.ofHours(1), Instant.parse("2026-11-30T08:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));

    CalendarDefinition closed = new CalendarDefinition(null, "", "", "UTC", null, false, Map.of(), List.of(), Map.of());
    assertThatThrownBy(() -> admin.preview(closed, Duration.ofHours(1), Instant.parse("2026-11-30T08:00:00Z")))
        .isInstanceOfSatisfying(CalendarValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("hours"));
  }

  @Test
  void the_next_public_holidays_of_a_country_come_in_date_order_with_english_names() {
    assertThat(admin.upcomingPublicHolidays("NO", LocalDate.of(2026, 12, 1), 3))
        .containsExactly(
            new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 25), "Christmas"),
            new CalendarDefinition.Holiday(LocalDate.of(2026, 12, 26), "St.Stephen's Day"),
            new CalendarDefinition.Holiday(LocalDate.of(2027, 1, 1), "New Year's Day"));
    assertThat(admin.holidayCountries()).containsEntry("NO", "Norway").containsEntry("GB", "United Kingdom of Great Britain and Northern Ireland");
  }

  @ParameterizedTest(name = "{0} may read calendars but neither save nor delete them")
  @EnumSource(value = Role.class, names = {"AGENT", "MANAGER", "QA"})
  void staff_other_than_administrators_read_calendars_but_may_neither_save_nor_delete(Role role) {
    CalendarDefinition utc = admin.save(definition("UTC", null, true));
    CalendarDefinition oslo = admin.save(definition("Europe/Oslo", null, false));
    Rows before = rows();
    TestData.logInAs("calendar-" + role.name().toLowerCase(), role);

    assertThat(admin.list()).contains(utc, oslo);
    assertThat(admin.load(oslo.id())).isEqualTo(oslo);
    assertThatThrownBy(() -> admin.save(definition("Europe/London", null, false))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> admin.save(oslo.withWeeklyHours(weekdays("10:00", "11:00")))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> admin.delete(oslo.id())).isInstanceOf(AccessDeniedException.class);

    assertThat(rows()).isEqualTo(before);
    assertThat(admin.load(oslo.id())).isEqualTo(oslo);
  }

  @Test
  void an_administrator_may_save_and_delete() {
    CalendarDefinition utc = admin.save(definition("UTC", null, true));
    CalendarDefinition oslo = admin.save(definition("Europe/Oslo", null, false));

    admin.delete(oslo.id());

    assertThat(admin.list()).contains(utc).doesNotContain(oslo);
  }

  @Test
  void nobody_logged_in_may_even_read_calendars() {
    TestData.logOut();

    assertThatThrownBy(() -> admin.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private CalendarDefinition definition(String zone, String country, boolean isDefault) {
    Map<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(weekdays("09:00", "18:00"));
    return new CalendarDefinition(null, code, "Support " + zone, zone, country, isDefault, hours, List.of(), Map.of());
  }

  record Rows(long calendars, long hours, long holidays, long breaks) {}

  /** The rows of this test's code in the four calendar tables. */
  private Rows rows() {
    return new Rows(
        count("SELECT COUNT(*) FROM business_calendar WHERE code = :code"),
        count("SELECT COUNT(*) FROM business_calendar_hours h JOIN business_calendar c ON c.id = h.calendar_id WHERE c.code = :code"),
        count("SELECT COUNT(*) FROM business_calendar_holiday h JOIN business_calendar c ON c.id = h.calendar_id WHERE c.code = :code"),
        count("SELECT COUNT(*) FROM business_calendar_break b JOIN business_calendar c ON c.id = b.calendar_id WHERE c.code = :code"));
  }

  /** Every row of the four calendar tables, whatever the code. */
  private Rows allRows() {
    return new Rows(
        count("SELECT COUNT(*) FROM business_calendar"),
        count("SELECT COUNT(*) FROM business_calendar_hours"),
        count("SELECT COUNT(*) FROM business_calendar_holiday"),
        count("SELECT COUNT(*) FROM business_calendar_break"));
  }

  private long count(String sql) {
    var spec = jdbc.sql(sql);
    if (sql.contains(":code")) {
      spec = spec.param("code", code);
    }
    return spec.query(Long.class).single();
  }
}
