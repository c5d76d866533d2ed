package no.mediaweb.supportflow.ui.tickets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Clock;
import java.util.List;
import no.mediaweb.supportflow.ticket.TicketQueries;
import no.mediaweb.supportflow.ticket.TicketSummary;
import no.mediaweb.supportflow.ui.components.Badges;
import no.mediaweb.supportflow.ui.components.TwoLines;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.Role;

/** All tickets for every staff role: searchable, open ones only by default, newest first. */
@Route(value = "tickets", layout = MainLayout.class)
@PageTitle("Tickets · Supportflow")
@RolesAllowed({Role.AGENT_ROLE, Role.MANAGER_ROLE, Role.QA_ROLE, Role.ADMIN_ROLE})
public class TicketsView extends VerticalLayout {

  private final TicketQueries queries;
  private final Clock clock;

  private final TextField search = new TextField();
  private final Checkbox openOnly = new Checkbox("Open only", true);
  private final Grid<TicketSummary> grid = new Grid<>();
  private final Span total = new Span();

  public TicketsView(TicketQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
    setSizeFull();
    addClassName("sf-page");

    search.setId("ticket-search");
    search.setPlaceholder("Search number, subject, customer or e-mail");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("24rem");
    search.addValueChangeListener(event -> refresh());
    openOnly.setId("open-only");
    openOnly.addValueChangeListener(event -> refresh());
    Button reload = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
    reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    total.setId("ticket-total");
    total.addClassName("sf-muted");
    HorizontalLayout toolbar = new HorizontalLayout(search, openOnly, reload, total);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    toolbar.setWrap(true);

    configureGrid();
    add(new H2("Tickets"), toolbar, grid);
    refresh();
  }

  private void configureGrid() {
    grid.setId("tickets-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setSizeFull();
    grid.addComponentColumn(t -> TwoLines.of(t.number(), "opened " + ViewerTime.ago(t.createdAt(), clock.instant())))
        .setHeader("Ticket")
        .setKey("number")
        .setWidth("9rem")
        .setFlexGrow(0)
        .setTooltipGenerator(t -> "Opened " + ViewerTime.format(t.createdAt()));
    grid.addColumn(TicketSummary::subject)
        .setHeader("Subject")
        .setKey("subject")
        .setWidth("12rem")
        .setFlexGrow(3)
        .setTooltipGenerator(TicketSummary::subject);
    grid.addComponentColumn(t -> TwoLines.of(t.customerName(), t.plan().label() + " plan"))
        .setHeader("Customer · plan")
        .setKey("customer")
        .setWidth("10rem")
        .setFlexGrow(1);
    grid.addComponentColumn(t -> Badges.priority(t.priority())).setHeader("Priority").setKey("priority").setWidth("7rem").setFlexGrow(0);
    grid.addComponentColumn(t -> Badges.status(t.status())).setHeader("Status").setKey("status").setWidth("9.5rem").setFlexGrow(0);
    grid.addComponentColumn(t -> Badges.sla(t.firstResponseSla()))
        .setHeader("First response")
        .setKey("firstResponseSla")
        .setWidth("7.5rem")
        .setFlexGrow(0)
        .setTooltipGenerator(t -> "Due " + ViewerTime.format(t.firstResponseDueAt()));
    grid.addComponentColumn(t -> Badges.sla(t.resolutionSla()))
        .setHeader("Resolution")
        .setKey("resolutionSla")
        .setWidth("7.5rem")
        .setFlexGrow(0)
        .setTooltipGenerator(t -> "Due " + ViewerTime.format(t.resolutionDueAt()));
    grid.addColumn(t -> t.assignee() == null ? "—" : t.assignee()).setHeader("Agent").setKey("assignee").setWidth("7rem").setFlexGrow(1);
    for (String sortable :
        List.of("number", "subject", "customer", "priority", "status", "firstResponseSla", "resolutionSla", "assignee")) {
      grid.getColumnByKey(sortable).setSortable(true).setSortProperty(sortable);
    }
    grid.addItemClickListener(
        click ->
            getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("number", click.getItem().number()))));
  }

  /** Points the grid at the current filter; rows are fetched page by page as the grid scrolls. */
  private void refresh() {
    String text = search.getValue();
    boolean open = openOnly.getValue();
    grid.setItems(
        query ->
            queries
                .list(
                    text,
                    open,
                    query.getSortOrders().stream()
                        .map(order -> new TicketQueries.Sort(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                        .toList(),
                    query.getOffset(),
                    query.getLimit())
                .stream(),
        query -> queries.count(text, open));
    int count = queries.count(text, open);
    total.setText(count == 1 ? "1 ticket" : count + " tickets");
  }
}
