package no.mediaweb.supportflow.ui.risk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.risk.RiskyTicket;
import no.mediaweb.supportflow.risk.SlaRiskBoard;
import no.mediaweb.supportflow.risk.SlaRiskBoard.Cell;
import no.mediaweb.supportflow.risk.SlaRiskBoard.Summary;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.Badges;
import no.mediaweb.supportflow.ui.components.TwoLines;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.Role;

/**
 * Open tickets at risk of breaching their SLA or breached: totals, a plan × queue matrix whose cells
 * filter the list below, and that list, breached first. Reloads every 15 seconds while shown.
 */
@Route(value = "sla-risk", layout = MainLayout.class)
@PageTitle("SLA risk · Supportflow")
@RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
public class SlaRiskBoardView extends VerticalLayout {

  public static final Duration REFRESH_EVERY = Duration.ofSeconds(15);

  private final SlaRiskBoard board;
  private final Clock clock;

  private final Span breachedTotal = new Span();
  private final Span atRiskTotal = new Span();
  private final Grid<Plan> matrix = new Grid<>();
  private final Span filter = new Span();
  private final Button showAll = new Button("Show all", click -> filterBy(Optional.empty(), Optional.empty()));
  private final Grid<RiskyTicket> tickets = new Grid<>();

  private Summary summary;
  private List<String> queuesShown = List.of();
  private Optional<Plan> plan = Optional.empty();
  private Optional<String> queue = Optional.empty();
  private String shown = "";

  public SlaRiskBoardView(SlaRiskBoard board, Clock clock) {
    this.board = board;
    this.clock = clock;
    setSizeFull();
    addClassName("sf-page");

    breachedTotal.setId("breached-total");
    atRiskTotal.setId("at-risk-total");
    HorizontalLayout cards =
        new HorizontalLayout(card(breachedTotal, "breached", "sf-risk-card-breached"), card(atRiskTotal, "at risk", "sf-risk-card-at-risk"));

    matrix.setId("risk-matrix");
    matrix.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
    matrix.setAllRowsVisible(true);
    matrix.setSelectionMode(Grid.SelectionMode.NONE);

    filter.setId("risk-filter");
    filter.addClassName("sf-muted");
    showAll.setId("show-all");
    showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    HorizontalLayout filterBar = new HorizontalLayout(filter, showAll);
    filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

    configureTickets();
    add(new H2("SLA risk"), cards, matrix, filterBar, tickets);
    refresh();
    AutoRefresh.install(this, REFRESH_EVERY, this::refresh);
  }

  private static Div card(Span number, String label, String className) {
    number.addClassName("sf-risk-card-number");
    Span caption = new Span(label);
    caption.addClassName("sf-muted");
    Div card = new Div(number, caption);
    card.addClassNames("sf-risk-card", className);
    return card;
  }

  private void configureTickets() {
    tickets.setId("risk-tickets");
    tickets.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    tickets.setSizeFull();
    tickets.addComponentColumn(t -> TwoLines.of(Badges.slaLabel(t.state()), t.target().label()))
        .setHeader("SLA")
        .setKey("sla")
        .setWidth("8rem")
        .setFlexGrow(0);
    tickets.addComponentColumn(this::dueCell)
        .setHeader("Due")
        .setKey("due")
        .setWidth("11rem")
        .setFlexGrow(0)
        .setTooltipGenerator(t -> ViewerTime.format(t.dueAt()));
    tickets.addComponentColumn(t -> new RouterLink(t.number(), TicketView.class, new RouteParameters("number", t.number())))
        .setHeader("Ticket")
        .setKey("ticket")
        .setWidth("7.5rem")
        .setFlexGrow(0);
    tickets.addComponentColumn(t -> TwoLines.of(t.subject(), t.customerName() + " · " + t.plan().label() + " plan"))
        .setHeader("Subject · customer")
        .setKey("subject")
        .setWidth("14rem")
        .setFlexGrow(3)
        .setTooltipGenerator(RiskyTicket::subject);
    tickets.addComponentColumn(t -> Badges.priority(t.priority())).setHeader("Priority").setKey("priority").setWidth("7rem").setFlexGrow(0);
    tickets.addColumn(t -> String.join(", ", t.queues())).setHeader("Queue").setKey("queues").setWidth("9rem").setFlexGrow(1);
    tickets.addColumn(t -> t.owner() == null ? "—" : t.owner()).setHeader("Owner").setKey("owner").setWidth("7rem").setFlexGrow(1);
  }

  private Span dueCell(RiskyTicket ticket) {
    Instant now = clock.instant();
    Span due = new Span(ViewerTime.dueOrOverdue(ticket.dueAt(), now));
    if (ViewerTime.isOverdue(ticket.dueAt(), now)) {
      due.addClassName("sf-overdue");
    }
    return due;
  }

  /** Loads the counts and the list; redraws only when something visible changed (data, minute, time zone). */
  void refresh() {
    Summary newSummary = board.summary();
    List<RiskyTicket> newTickets = board.tickets(plan, queue);
    String state =
        newSummary + "|" + newTickets.stream().map(t -> t.number() + t.state() + t.target() + t.dueAt() + t.queues() + t.owner()).toList()
            + "|" + clock.instant().getEpochSecond() / 60 + "|" + ViewerTime.zone();
    if (Objects.equals(state, shown)) {
      return;
    }
    shown = state;
    summary = newSummary;
    breachedTotal.setText(Integer.toString(summary.breachedTotal()));
    atRiskTotal.setText(Integer.toString(summary.atRiskTotal()));
    if (!summary.queues().equals(queuesShown)) {
      configureMatrix(summary.queues());
    }
    matrix.setItems(Plan.values());
    tickets.setItems(newTickets);
    filter.setText(filterText());
    showAll.setVisible(plan.isPresent() || queue.isPresent());
    tickets.setEmptyStateText(
        plan.isPresent() || queue.isPresent() ? "No ticket here is at risk or breached." : "No open ticket is at risk or breached.");
  }

  private void configureMatrix(List<String> queues) {
    matrix.removeAllColumns();
    matrix.addComponentColumn(this::planCell).setHeader("Plan").setKey("plan").setWidth("9rem").setFlexGrow(0).setFrozen(true);
    for (String q : queues) {
      matrix.addComponentColumn(p -> queueCell(p, q))
          .setHeader(q.equals(SlaRiskBoard.NO_OPEN_TASK) ? "— no open task" : q)
          .setKey(q)
          .setAutoWidth(true);
    }
    queuesShown = queues;
  }

  private Button planCell(Plan p) {
    Button button = new Button(p.label(), click -> filterBy(Optional.of(p), Optional.empty()));
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    return button;
  }

  private Button queueCell(Plan p, String q) {
    Cell cell = summary.cell(p, q);
    Button button = new Button();
    button.getElement().appendChild(
        Badges.riskCount(cell.breached(), SlaState.BREACHED).getElement(),
        Badges.riskCount(cell.atRisk(), SlaState.AT_RISK).getElement());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    button.addClassName("sf-risk-cell");
    button.setAriaLabel("%s plan in %s: %d breached, %d at risk".formatted(p.label(), q, cell.breached(), cell.atRisk()));
    button.addClickListener(click -> filterBy(Optional.of(p), Optional.of(q)));
    return button;
  }

  private void filterBy(Optional<Plan> newPlan, Optional<String> newQueue) {
    plan = newPlan;
    queue = newQueue;
    shown = "";
    refresh();
  }

  private String filterText() {
    if (plan.isEmpty() && queue.isEmpty()) {
      return "All plans and queues";
    }
    return plan.map(p -> p.label() + " plan").orElse("All plans")
        + " · "
        + queue.map(q -> q.equals(SlaRiskBoard.NO_OPEN_TASK) ? "no open task" : q).orElse("all queues");
  }
}
