package no.mediaweb.supportflow.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.sla.CalendarAdminService;
import no.mediaweb.supportflow.sla.CalendarDefinition;
import no.mediaweb.supportflow.sla.CalendarValidationException;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import no.mediaweb.supportflow.ui.components.Toasts;
import org.springframework.security.access.AccessDeniedException;

/**
 * The form of one business calendar, with a live preview of when a target started now falls due
 * on the calendar as it stands (saved or not) and the next public holidays of its country.
 * Hours are typed as {@code 09:00-12:00, 13:00-18:00}; an empty day is closed.
 */
class CalendarEditor extends VerticalLayout {

  static final int DEFAULT_TARGET_HOURS = 4;
  static final int PUBLIC_HOLIDAYS_SHOWN = 8;

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final CalendarAdminService calendars;
  private final Clock clock;
  private final Consumer<CalendarDefinition> onSaved;
  private final Runnable onDeleted;
  private final Runnable onClosed;
  private final Map<String, String> countries;

  private final H3 title = new H3();
  private final TextField code = new TextField("Code");
  private final TextField name = new TextField("Name");
  private final ComboBox<String> zone = new ComboBox<>("Time zone");
  private final ComboBox<String> country = new ComboBox<>("Public holidays of");
  private final Checkbox isDefault = new Checkbox("Default instance of the code");
  private final Map<DayOfWeek, TextField> hours = new EnumMap<>(DayOfWeek.class);

  private final List<CalendarDefinition.Holiday> holidays = new ArrayList<>();
  private final Div holidayList = new Div();
  private final DatePicker holidayDate = new DatePicker("Holiday");
  private final TextField holidayName = new TextField("Name");

  private final Map<LocalDate, List<LocalInterval>> breaks = new TreeMap<>();
  private final Div breakList = new Div();
  private final DatePicker breakDate = new DatePicker("Break on");
  private final TextField breakHours = new TextField("Closed");

  private final IntegerField targetHours = new IntegerField("Target (business hours)");
  private final Span preview = new Span();
  private final Div publicHolidays = new Div();
  private final Span formError = new Span();
  private final Button delete = new Button("Delete", VaadinIcon.TRASH.create());

  private Long editingId;
  private ZoneId viewerZone = ZoneId.of("UTC");
  private boolean filling;

  CalendarEditor(
      CalendarAdminService calendars,
      Clock clock,
      Consumer<CalendarDefinition> onSaved,
      Runnable onDeleted,
      Runnable onClosed) {
    this.calendars = calendars;
    this.clock = clock;
    this.onSaved = onSaved;
    this.onDeleted = onDeleted;
    this.onClosed = onClosed;
    this.countries = calendars.holidayCountries();
    setId("calendar-editor");
    addClassName("sf-card");
    setPadding(true);
    setSpacing(false);

    code.setId("calendar-code");
    code.setHelperText("Named by the SLA policy, e.g. business-hours");
    code.setMaxLength(40);
    name.setId("calendar-name");
    name.setMaxLength(200);
    zone.setId("calendar-zone");
    zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
    zone.setHelperText("Hours, holidays and breaks are read in this zone");
    country.setId("calendar-country");
    country.setItems(countries.keySet());
    country.setItemLabelGenerator(c -> countries.getOrDefault(c, c) + " (" + c + ")");
    country.setClearButtonVisible(true);
    country.setPlaceholder("None");
    isDefault.setId("calendar-default");
    isDefault.setTooltipText("Customers in zones without a calendar of their own get the default's hours in their zone");

    FormLayout basics = new FormLayout(code, name, zone, country, isDefault);
    basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
    basics.setColspan(isDefault, 2);

    FormLayout week = new FormLayout();
    week.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
    for (DayOfWeek day : DayOfWeek.values()) {
      TextField field = new TextField(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      field.setId("hours-" + day.name().toLowerCase(Locale.ROOT));
      field.setPlaceholder("closed");
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.setClearButtonVisible(true);
      hours.put(day, field);
      week.add(field);
    }

    add(title, basics, new H4("Opening hours"), hint("For example 09:00-12:00, 13:00-18:00; 24:00 ends a day; empty is closed."), week);
    add(previewSection(), holidaySection(), breakSection(), publicHolidaySection());

    formError.setId("calendar-form-error");
    formError.addClassName("sf-overdue");
    formError.setVisible(false);
    Button save = new Button("Save", VaadinIcon.CHECK.create(), click -> save());
    save.setId("save-calendar");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    delete.setId("delete-calendar");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    delete.addClickListener(click -> confirmDelete());
    Button close = new Button("Close", click -> onClosed.run());
    close.setId("close-calendar");
    close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout buttons = new HorizontalLayout(save, close, delete);
    buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(formError, buttons);

    code.addValueChangeListener(e -> clearError(code));
    name.addValueChangeListener(e -> clearError(name));
    isDefault.addValueChangeListener(e -> clearError(isDefault));
    zone.addValueChangeListener(e -> changed());
    country.addValueChangeListener(e -> changed());
    hours.values().forEach(field -> field.addValueChangeListener(e -> changed()));
    targetHours.addValueChangeListener(e -> changed());
  }

  /** A new calendar: weekdays 09:00–18:00 in UTC, to be adjusted. */
  void editNew() {
    Map<DayOfWeek, List<LocalInterval>> weekdays = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        weekdays.put(day, List.of(LocalInterval.parse("09:00", "18:00")));
      }
    }
    edit(new CalendarDefinition(null, "", "", "UTC", null, false, weekdays, List.of(), Map.of()));
  }

  void edit(CalendarDefinition calendar) {
    filling = true;
    try {
      editingId = calendar.id();
      title.setText(calendar.id() == null ? "New calendar" : "Edit " + calendar.name());
      code.setValue(calendar.code());
      code.setReadOnly(calendar.id() != null);
      name.setValue(calendar.name());
      zone.setValue(calendar.zone());
      country.setValue(calendar.holidayCountry() == null || !countries.containsKey(calendar.holidayCountry()) ? null : calendar.holidayCountry());
      isDefault.setValue(calendar.isDefault());
      for (DayOfWeek day : DayOfWeek.values()) {
        hours.get(day).setValue(CalendarDefinition.formatIntervals(calendar.hours(day)));
      }
      holidays.clear();
      holidays.addAll(calendar.customHolidays());
      breaks.clear();
      calendar.breaks().forEach((date, intervals) -> breaks.put(date, new ArrayList<>(intervals)));
      holidayDate.clear();
      holidayName.clear();
      breakDate.clear();
      breakHours.clear();
      delete.setVisible(calendar.id() != null);
      clearAllErrors();
    } finally {
      filling = false;
    }
    renderHolidays();
    renderBreaks();
    changed();
  }

  /** The viewer's zone, for the second time in the preview; the browser reports it after attach. */
  void setViewerZone(ZoneId zone) {
    viewerZone = zone;
    refreshPreview();
  }

  // ---- sections -----------------------------------------------------------------------------------

  private Component holidaySection() {
    holidayList.setId("custom-holidays");
    holidayDate.setId("holiday-date");
    holidayName.setId("holiday-name");
    holidayName.setPlaceholder("e.g. Company day");
    Button add = new Button("Add holiday", VaadinIcon.PLUS.create(), click -> addHoliday());
    add.setId("add-holiday");
    HorizontalLayout entry = new HorizontalLayout(holidayDate, holidayName, add);
    entry.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    entry.setWrap(true);
    return section("Custom holidays", hint("Closed all day, besides the public holidays."), holidayList, entry);
  }

  private Component breakSection() {
    breakList.setId("calendar-breaks");
    breakDate.setId("break-date");
    breakHours.setId("break-hours");
    breakHours.setPlaceholder("12:00-18:00");
    Button add = new Button("Add break", VaadinIcon.PLUS.create(), click -> addBreak());
    add.setId("add-break");
    HorizontalLayout entry = new HorizontalLayout(breakDate, breakHours, add);
    entry.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    entry.setWrap(true);
    return section("Breaks", hint("Closed part of a day, such as a half day before Christmas."), breakList, entry);
  }

  private Component previewSection() {
    targetHours.setId("preview-hours");
    targetHours.setMin(1);
    targetHours.setMax(2000);
    targetHours.setStepButtonsVisible(true);
    targetHours.setValue(DEFAULT_TARGET_HOURS);
    targetHours.setWidth("12rem");
    preview.setId("calendar-preview");
    return section("Preview", targetHours, new Div(preview));
  }

  private Component publicHolidaySection() {
    publicHolidays.setId("public-holidays");
    return section("Next public holidays", publicHolidays);
  }

  private static Component section(String heading, Component... content) {
    VerticalLayout section = new VerticalLayout();
    section.setPadding(false);
    section.setSpacing(false);
    section.add(new H4(heading));
    section.add(content);
    return section;
  }

  private static Span hint(String text) {
    Span hint = new Span(text);
    hint.addClassName("sf-muted");
    return hint;
  }

  // ---- custom holidays and breaks -----------------------------------------------------------------

  private void addHoliday() {
    clearError(holidayDate);
    clearError(holidayName);
    LocalDate date = holidayDate.getValue();
    String text = holidayName.getValue().trim();
    if (date == null) {
      showError(holidayDate, "Choose a date");
      return;
    }
    if (holidays.stream().anyMatch(h -> h.date().equals(date))) {
      showError(holidayDate, "This date is listed already");
      return;
    }
    if (text.isEmpty()) {
      showError(holidayName, "Name the holiday");
      return;
    }
    holidays.add(new CalendarDefinition.Holiday(date, text));
    holidays.sort((a, b) -> a.date().compareTo(b.date()));
    holidayDate.clear();
    holidayName.clear();
    renderHolidays();
    changed();
  }

  private void addBreak() {
    clearError(breakDate);
    clearError(breakHours);
    LocalDate date = breakDate.getValue();
    if (date == null) {
      showError(breakDate, "Choose a date");
      return;
    }
    List<LocalInterval> closed;
    try {
      closed = CalendarDefinition.parseIntervals(breakHours.getValue());
    } catch (IllegalArgumentException e) {
      showError(breakHours, e.getMessage());
      return;
    }
    if (closed.isEmpty()) {
      showError(breakHours, "Enter the closed hours, such as 12:00-18:00");
      return;
    }
    breaks.computeIfAbsent(date, d -> new ArrayList<>()).addAll(closed);
    breakDate.clear();
    breakHours.clear();
    renderBreaks();
    changed();
  }

  private void renderHolidays() {
    holidayList.removeAll();
    if (holidays.isEmpty()) {
      holidayList.add(hint("No custom holidays."));
    }
    for (CalendarDefinition.Holiday holiday : holidays) {
      Button remove = removeButton("Remove the holiday on " + holiday.date(), () -> {
        holidays.remove(holiday);
        renderHolidays();
        changed();
      });
      holidayList.add(row(DAY.format(holiday.date()) + " · " + holiday.name(), remove, "sf-calendar-holiday"));
    }
  }

  private void renderBreaks() {
    breakList.removeAll();
    if (breaks.isEmpty()) {
      breakList.add(hint("No breaks."));
    }
    breaks.forEach((date, intervals) -> {
      Button remove = removeButton("Remove the breaks on " + date, () -> {
        breaks.remove(date);
        renderBreaks();
        changed();
      });
      breakList.add(row(DAY.format(date) + " · closed " + CalendarDefinition.formatIntervals(intervals), remove, "sf-calendar-break"));
    });
  }

  private static Button removeButton(String label, Runnable action) {
    Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> action.run());
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel(label);
    remove.setTooltipText(label);
    return remove;
  }

  private static HorizontalLayout row(String text, Button remove, String className) {
    Span label = new Span(text);
    label.addClassName(className);
    HorizontalLayout row = new HorizontalLayout(label, remove);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    row.setSpacing(true);
    return row;
  }

  // ---- preview ------------------------------------------------------------------------------------

  private void changed() {
    if (filling) {
      return;
    }
    refreshPreview();
    refreshPublicHolidays();
  }

  /** Parses the form and asks the service when the target falls due; marks what stops it. */
  private void refreshPreview() {
    clearError(zone);
    clearError(country);
    hours.values().forEach(this::clearError);
    hideFormError();
    CalendarDefinition calendar = readForm();
    Integer target = targetHours.getValue();
    if (calendar == null) {
      preview.setText("Correct the marked fields to see when a target falls due.");
      return;
    }
    if (target == null || target < 1) {
      preview.setText("Enter a target of at least one hour.");
      return;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    try {
      Instant due = calendars.preview(calendar, Duration.ofHours(target), now);
      preview.setText(previewText(target, due, ZoneId.of(calendar.zone()), viewerZone));
    } catch (CalendarValidationException e) {
      showErrors(e);
      preview.setText("Correct the marked fields to see when a target falls due.");
    }
  }

  static String previewText(int targetHours, Instant due, ZoneId calendarZone, ZoneId viewerZone) {
    return "A " + targetHours + " h target starting now is due at " + DUE.format(due.atZone(calendarZone))
        + " (" + DUE.format(due.atZone(viewerZone)) + ")";
  }

  private void refreshPublicHolidays() {
    publicHolidays.removeAll();
    String chosen = country.getValue();
    if (chosen == null) {
      publicHolidays.add(hint("None: choose a country whose public holidays close this calendar."));
      return;
    }
    ZoneId in = zone.getValue() == null ? ZoneId.of("UTC") : ZoneId.of(zone.getValue());
    LocalDate today = LocalDate.ofInstant(clock.instant(), in);
    for (CalendarDefinition.Holiday holiday : calendars.upcomingPublicHolidays(chosen, today, PUBLIC_HOLIDAYS_SHOWN)) {
      Span item = new Span(DAY.format(holiday.date()) + " · " + holiday.name());
      item.addClassName("sf-public-holiday");
      publicHolidays.add(new Div(item));
    }
  }

  // ---- reading the form ---------------------------------------------------------------------------

  /** The calendar as the form shows it, or null when an hours field does not parse (marked on it). */
  private CalendarDefinition readForm() {
    Map<DayOfWeek, List<LocalInterval>> week = new EnumMap<>(DayOfWeek.class);
    boolean parsed = true;
    for (DayOfWeek day : DayOfWeek.values()) {
      TextField field = hours.get(day);
      try {
        week.put(day, CalendarDefinition.parseIntervals(field.getValue()));
      } catch (IllegalArgumentException e) {
        showError(field, e.getMessage());
        parsed = false;
      }
    }
    if (!parsed) {
      return null;
    }
    return new CalendarDefinition(
        editingId,
        code.getValue(),
        name.getValue(),
        zone.getValue(),
        country.getValue(),
        isDefault.getValue(),
        week,
        holidays,
        breaks);
  }

  // ---- saving and deleting ------------------------------------------------------------------------

  private void save() {
    clearAllErrors();
    CalendarDefinition calendar = readForm();
    if (calendar == null) {
      Toasts.error("Not saved: correct the marked opening hours.");
      return;
    }
    try {
      CalendarDefinition saved = calendars.save(calendar);
      Toasts.success("Saved " + saved.name() + " (" + saved.code() + ", " + saved.zone() + ")");
      onSaved.accept(saved);
    } catch (CalendarValidationException e) {
      showErrors(e);
      Toasts.error("Not saved: " + e.getMessage());
    } catch (BusinessRuleException | AccessDeniedException e) {
      showFormError(e.getMessage());
      Toasts.error("Not saved: " + e.getMessage());
    }
  }

  private void confirmDelete() {
    if (editingId == null) {
      return;
    }
    long id = editingId;
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader("Delete " + name.getValue() + "?");
    dialog.setText("Customers in " + zone.getValue() + " will get the default calendar of " + code.getValue() + " instead.");
    dialog.setCancelable(true);
    dialog.setConfirmText("Delete");
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(event -> delete(id));
    dialog.open();
  }

  private void delete(long id) {
    try {
      calendars.delete(id);
      Toasts.success("Deleted " + name.getValue());
      onDeleted.run();
    } catch (BusinessRuleException | AccessDeniedException e) {
      showFormError(e.getMessage());
      Toasts.error("Not deleted: " + e.getMessage());
    }
  }

  // ---- errors -------------------------------------------------------------------------------------

  private void showErrors(CalendarValidationException e) {
    Map<String, String> elsewhere = new LinkedHashMap<>();
    e.fieldErrors().forEach((field, message) -> {
      HasValidationProperties target = fieldFor(field);
      if (target != null) {
        showError(target, message);
      } else {
        elsewhere.put(field, message);
      }
    });
    if (!elsewhere.isEmpty()) {
      showFormError(String.join(" ", elsewhere.values()));
    }
  }

  private HasValidationProperties fieldFor(String field) {
    return switch (field) {
      case CalendarValidationException.CODE -> code;
      case CalendarValidationException.NAME -> name;
      case CalendarValidationException.ZONE -> zone;
      case CalendarValidationException.HOLIDAY_COUNTRY -> country;
      case CalendarValidationException.DEFAULT -> isDefault;
      default -> {
        for (DayOfWeek day : DayOfWeek.values()) {
          if (field.equals(CalendarValidationException.hoursOf(day))) {
            yield hours.get(day);
          }
        }
        yield null;
      }
    };
  }

  private void showError(HasValidationProperties field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }

  private void clearError(HasValidationProperties field) {
    field.setInvalid(false);
    field.setErrorMessage(null);
  }

  private void clearAllErrors() {
    List.of(code, name, zone, country, isDefault, holidayDate, holidayName, breakDate, breakHours).forEach(this::clearError);
    hours.values().forEach(this::clearError);
    hideFormError();
  }

  private void showFormError(String message) {
    formError.setText(message);
    formError.setVisible(true);
  }

  private void hideFormError() {
    formError.setText("");
    formError.setVisible(false);
  }
}
