package no.mediaweb.supportflow.ui.calendar;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.mediaweb.supportflow.sla.CalendarAdminService;
import no.mediaweb.supportflow.sla.CalendarDefinition;
import no.mediaweb.supportflow.sla.calendar.BusinessCalendar;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarsViewTest extends KaribuViewTest {

  /** Karibu's fake browser reports this time zone. */
  private static final ZoneId BROWSER_ZONE = ZoneId.of("Europe/Helsinki");
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Autowired Clock clock;
  @Autowired CalendarAdminService calendarAdmin;

  private final String code = "ui-test-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void removeTheTestCalendars() {
    jdbc.sql("DELETE FROM business_calendar WHERE code = :code").param("code", code).update();
  }

  @Test
  void an_administrator_edits_monday_hours_and_sees_the_preview_follow() {
    openAsAdministrator();
    _click(_get(Button.class, spec -> spec.withId("new-calendar")));
    for (DayOfWeek day : DayOfWeek.values()) {
      _setValue(hours(day), "");
    }

    _setValue(hours(DayOfWeek.MONDAY), "09:00-18:00");
    String nineToSix = previewText();
    assertThat(nineToSix).isIn(expectedPreviews(4, "09:00", "18:00"));

    _setValue(hours(DayOfWeek.MONDAY), "09:00-10:00");
    String nineToTen = previewText();
    assertThat(nineToTen).isIn(expectedPreviews(4, "09:00", "10:00")).isNotEqualTo(nineToSix);

    _setValue(_get(IntegerField.class, spec -> spec.withId("preview-hours")), 1);
    assertThat(previewText()).isIn(expectedPreviews(1, "09:00", "10:00"));
  }

  @Test
  void overlapping_monday_hours_are_shown_on_the_monday_field_and_nothing_is_saved() {
    openAsAdministrator();
    _click(_get(Button.class, spec -> spec.withId("new-calendar")));
    _setValue(_get(TextField.class, spec -> spec.withId("calendar-code")), code);
    _setValue(_get(TextField.class, spec -> spec.withId("calendar-name")), "Overlapping");
    _setValue(hours(DayOfWeek.MONDAY), "09:00-12:00, 11:00-18:00");
    long before = calendarRows();

    _click(_get(Button.class, spec -> spec.withId("save-calendar")));

    _expectInvalid(hours(DayOfWeek.MONDAY), "09:00–12:00 and 11:00–18:00 overlap");
    _expectValid(hours(DayOfWeek.TUESDAY));
    assertThat(calendarRows()).isEqualTo(before);
    assertThat(codeRows()).isZero();
  }

  @Test
  void hours_that_do_not_parse_are_shown_on_their_field_and_nothing_is_saved() {
    openAsAdministrator();
    _click(_get(Button.class, spec -> spec.withId("new-calendar")));
    _setValue(_get(TextField.class, spec -> spec.withId("calendar-code")), code);
    _setValue(_get(TextField.class, spec -> spec.withId("calendar-name")), "Backwards");
    _setValue(hours(DayOfWeek.WEDNESDAY), "18:00-09:00");
    long before = calendarRows();

    _click(_get(Button.class, spec -> spec.withId("save-calendar")));

    _expectInvalid(hours(DayOfWeek.WEDNESDAY), "\"18:00-09:00\": use HH:mm-HH:mm with the start before the end (24:00 may end a day)");
    assertThat(calendarRows()).isEqualTo(before);
  }

  @Test
  void a_valid_new_calendar_is_saved_and_listed() {
    openAsAdministrator();
    _click(_get(Button.class, spec -> spec.withId("new-calendar")));
    _setValue(_get(TextField.class, spec -> spec.withId("calendar-code")), code);
    _setValue(_get(TextField.class, spec -> spec.withId("calendar-name")), "Oslo support");
    _setValue(_get(Checkbox.class, spec -> spec.withId("calendar-default")), true);
    _setValue(hours(DayOfWeek.SATURDAY), "10:00-14:00");

    _click(_get(Button.class, spec -> spec.withId("save-calendar")));

    assertThat(codeRows()).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Grid<CalendarDefinition> grid = _get(Grid.class, spec -> spec.withId("calendars-grid"));
    assertThat(rows(grid))
        .filteredOn(c -> c.code().equals(code))
        .singleElement()
        .satisfies(c -> assertThat(c.weeklySummary()).isEqualTo("Mon–Fri 09:00–18:00; Sat 10:00–14:00"));
  }

  @Test
  void choosing_a_country_lists_its_next_public_holidays() {
    openAsAdministrator();
    _click(_get(Button.class, spec -> spec.withId("new-calendar")));
    Div list = _get(Div.class, spec -> spec.withId("public-holidays"));
    assertThat(list.getElement().getTextRecursively()).startsWith("None");

    @SuppressWarnings("unchecked")
    ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("calendar-country"));
    _setValue(country, "NO");

    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    List<String> expected =
        calendarAdmin.upcomingPublicHolidays("NO", LocalDate.now(clock), CalendarEditor.PUBLIC_HOLIDAYS_SHOWN).stream()
            .map(h -> day.format(h.date()) + " · " + h.name())
            .toList();
    assertThat(expected).hasSize(CalendarEditor.PUBLIC_HOLIDAYS_SHOWN);
    assertThat(spanTexts(list, "sf-public-holiday")).isEqualTo(expected);
    assertThat(country.getItemLabelGenerator().apply("NO")).isEqualTo("Norway (NO)");
  }

  @Test
  void the_preview_names_the_due_time_in_the_calendars_zone_and_in_the_viewers() {
    assertThat(CalendarEditor.previewText(4, Instant.parse("2026-12-29T11:00:00Z"), ZoneId.of("Europe/Oslo"), BROWSER_ZONE))
        .isEqualTo("A 4 h target starting now is due at Tue 29 Dec 2026, 12:00 CET (Tue 29 Dec 2026, 13:00 EET)");
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENT", "MANAGER", "QA"})
  void staff_who_are_not_administrators_cannot_open_the_calendars(Role role) {
    loginAs(staffMember("no-calendars." + role.name().toLowerCase(Locale.ROOT), role), role);

    navigate("admin/calendars");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private void openAsAdministrator() {
    loginAs(staffMember("calendar.admin", Role.ADMIN), Role.ADMIN);
    navigate("admin/calendars");
    MockVaadin.clientRoundtrip(); // the browser answers with its time zone
    assertThat(getCurrentView()).isEqualTo(CalendarsView.class);
  }

  private static TextField hours(DayOfWeek day) {
    return _get(TextField.class, spec -> spec.withId("hours-" + day.name().toLowerCase(Locale.ROOT)));
  }

  private static String previewText() {
    return _get(Span.class, spec -> spec.withId("calendar-preview")).getText();
  }

  /**
   * The preview for a UTC calendar open on Mondays only, for a target started "now": both for the
   * minute before and the minute after the action, should the clock pass a minute meanwhile.
   */
  private String[] expectedPreviews(int targetHours, String opens, String closes) {
    BusinessCalendar mondays = BusinessCalendar.builder(UTC).open(DayOfWeek.MONDAY, opens, closes).build();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    return new String[] {
      CalendarEditor.previewText(targetHours, mondays.add(now.minus(Duration.ofMinutes(1)), Duration.ofHours(targetHours)), UTC, BROWSER_ZONE),
      CalendarEditor.previewText(targetHours, mondays.add(now, Duration.ofHours(targetHours)), UTC, BROWSER_ZONE),
    };
  }

  private long calendarRows() {
    return jdbc.sql("SELECT COUNT(*) FROM business_calendar").query(Long.class).single()
        + jdbc.sql("SELECT COUNT(*) FROM business_calendar_hours").query(Long.class).single();
  }

  private long codeRows() {
    return jdbc.sql("SELECT COUNT(*) FROM business_calendar WHERE code = :code").param("code", code).query(Long.class).single();
  }
}
