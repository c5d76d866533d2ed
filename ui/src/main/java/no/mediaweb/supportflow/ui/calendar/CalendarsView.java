package no.mediaweb.supportflow.ui.calendar;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.sla.CalendarAdminService;
import no.mediaweb.supportflow.sla.CalendarDefinition;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;

/**
 * Administrators keep the business calendars the SLA policy names: one row per code and zone,
 * edited in a side panel with a live preview of a due time.
 */
@Route(value = "admin/calendars", layout = MainLayout.class)
@PageTitle("Business calendars · Supportflow")
@RolesAllowed(Role.ADMIN_ROLE)
public class CalendarsView extends VerticalLayout {

  private final CalendarAdminService calendars;
  private final Map<String, String> countries;
  private final Grid<CalendarDefinition> grid = new Grid<>();
  private final CalendarEditor editor;
  private final Scroller editorPanel;
  private final Span total = new Span();

  public CalendarsView(CalendarAdminService calendars, Clock clock) {
    this.calendars = calendars;
    this.countries = calendars.holidayCountries();
    this.editor = new CalendarEditor(calendars, clock, this::saved, this::deleted, this::closeEditor);
    setSizeFull();
    addClassName("sf-page");

    Button create = new Button("New calendar", VaadinIcon.PLUS.create(), click -> openNew());
    create.setId("new-calendar");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    total.setId("calendar-total");
    total.addClassName("sf-muted");
    HorizontalLayout toolbar = new HorizontalLayout(create, total);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

    configureGrid();
    editorPanel = new Scroller(editor);
    editorPanel.setWidth("40rem");
    editorPanel.setMaxWidth("100%");
    editorPanel.setHeightFull();
    editorPanel.setVisible(false);
    HorizontalLayout content = new HorizontalLayout(grid, editorPanel);
    content.setSizeFull();
    content.setFlexGrow(1, grid);
    content.setFlexShrink(0, editorPanel);

    Span intro = new Span(
        "The SLA policy names a calendar by code. A customer gets the code's calendar stored for their time zone;"
            + " otherwise the code's default, with its hours read in the customer's zone and without public holidays.");
    intro.addClassName("sf-muted");
    add(new H2("Business calendars"), intro, toolbar, content);
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    editor.setViewerZone(ViewerTime.zone());
    // the browser's zone for the preview's second time; UTC (or the zone the layout learnt) until it answers
    attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> editor.setViewerZone(zoneOf(details.getTimeZoneId())));
  }

  private static ZoneId zoneOf(String id) {
    if (id == null || id.isBlank()) {
      return ViewerTime.UTC;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ViewerTime.UTC;
    }
  }

  private void configureGrid() {
    grid.setId("calendars-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setSizeFull();
    grid.addColumn(CalendarDefinition::code).setHeader("Code").setKey("code").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CalendarDefinition::name).setHeader("Name").setKey("name").setFlexGrow(1);
    grid.addColumn(CalendarDefinition::zone).setHeader("Time zone").setKey("zone").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> c.holidayCountry() == null ? "—" : c.holidayCountry())
        .setHeader("Holidays")
        .setKey("country")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setTooltipGenerator(c -> c.holidayCountry() == null ? "No public holidays" : countries.getOrDefault(c.holidayCountry(), c.holidayCountry()));
    grid.addComponentColumn(c -> defaultBadge(c.isDefault())).setHeader("Default").setKey("default").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(CalendarDefinition::weeklySummary).setHeader("Week").setKey("week").setFlexGrow(2)
        .setTooltipGenerator(CalendarDefinition::weeklySummary);
    grid.asSingleSelect().addValueChangeListener(event -> {
      if (event.isFromClient() && event.getValue() != null) {
        openExisting(event.getValue());
      }
    });
  }

  private static Span defaultBadge(boolean isDefault) {
    Span badge = new Span(isDefault ? "Default" : "");
    if (isDefault) {
      badge.getElement().getThemeList().add("badge contrast");
    }
    return badge;
  }

  /** Calendars are a handful of rows (a few codes times a few zones), so the grid holds them all. */
  private void refresh() {
    List<CalendarDefinition> all = calendars.list();
    grid.setItems(all);
    total.setText(all.size() == 1 ? "1 calendar" : all.size() + " calendars");
  }

  private void openNew() {
    grid.asSingleSelect().clear();
    editor.editNew();
    editorPanel.setVisible(true);
  }

  private void openExisting(CalendarDefinition row) {
    editor.edit(calendars.load(row.id()));
    editorPanel.setVisible(true);
  }

  private void saved(CalendarDefinition calendar) {
    refresh();
    grid.asSingleSelect().setValue(calendar);
    editor.edit(calendar);
  }

  private void deleted() {
    refresh();
    closeEditor();
  }

  private void closeEditor() {
    grid.asSingleSelect().clear();
    editorPanel.setVisible(false);
  }
}
