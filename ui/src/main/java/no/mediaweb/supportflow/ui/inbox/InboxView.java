package no.mediaweb.supportflow.ui.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.Badges;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.TwoLines;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agent's work list. "My tasks" are the tasks they hold, "Queue" the unassigned tasks of their
 * groups; both sorted by due time, most urgent first. Reloads every second while shown.
 */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("Inbox · Supportflow")
@RolesAllowed(Role.AGENT_ROLE)
public class InboxView extends VerticalLayout {

  private static final Comparator<InboxTask> BY_DUE_TIME =
      Comparator.comparing(InboxTask::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(InboxTask::jobKey);

  private final InboxService inbox;
  private final Clock clock;

  private final Span mineCount = countBadge();
  private final Span queueCount = countBadge();
  private final Tab mineTab = new Tab(new Span("My tasks"), mineCount);
  private final Tab queueTab = new Tab(new Span("Queue"), queueCount);
  private final Tabs tabs = new Tabs(mineTab, queueTab);
  private final Grid<InboxTask> grid = new Grid<>();

  private List<InboxTask> mine = List.of();
  private List<InboxTask> queue = List.of();
  private String shown = "";

  public InboxView(InboxService inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
    setSizeFull();
    addClassName("sf-page");

    mineTab.setId("tab-mine");
    queueTab.setId("tab-queue");
    tabs.addSelectedChangeListener(event -> show());

    configureGrid();

    add(new H2("Inbox"), tabs, grid);
    refresh();
    AutoRefresh.install(this, this::refresh);
  }

  private void configureGrid() {
    grid.setId("inbox-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setSizeFull();
    grid.addComponentColumn(task -> Badges.sla(task.slaState())).setHeader("SLA").setKey("sla").setWidth("7rem").setFlexGrow(0);
    grid.addComponentColumn(this::dueCell)
        .setHeader("Due")
        .setKey("due")
        .setWidth("9rem")
        .setFlexGrow(0)
        .setTooltipGenerator(task -> ViewerTime.format(task.dueAt()));
    grid.addComponentColumn(task -> new RouterLink(task.ticketNumber(), TicketView.class, new RouteParameters("number", task.ticketNumber())))
        .setHeader("Ticket")
        .setKey("ticket")
        .setWidth("7.5rem")
        .setFlexGrow(0);
    grid.addComponentColumn(task -> TwoLines.of(task.subject(), task.name()))
        .setHeader("Subject · task")
        .setKey("subject")
        .setWidth("14rem")
        .setFlexGrow(3)
        .setTooltipGenerator(InboxTask::subject);
    grid.addComponentColumn(task -> TwoLines.of(task.customerName(), task.plan().label() + " plan"))
        .setHeader("Customer · plan")
        .setKey("customer")
        .setWidth("10rem")
        .setFlexGrow(1);
    grid.addComponentColumn(task -> Badges.priority(task.priority())).setHeader("Priority").setKey("priority").setWidth("7rem").setFlexGrow(0);
    grid.addComponentColumn(this::actions)
        .setHeader("")
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setFrozenToEnd(true)
        .setTextAlign(ColumnTextAlign.END);
  }

  private Span dueCell(InboxTask task) {
    Instant now = clock.instant();
    Span due = new Span(ViewerTime.relativeDue(task.dueAt(), now));
    if (ViewerTime.isOverdue(task.dueAt(), now)) {
      due.addClassName("sf-overdue");
    }
    return due;
  }

  private HorizontalLayout actions(InboxTask task) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(true);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    if (task.assignee() == null) {
      Button claim = new Button("Claim", click -> claim(task));
      claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      actions.add(claim);
    } else {
      Button release = new Button("Release", click -> release(task));
      release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      actions.add(release);
    }
    Button open = new Button("Open", click -> open(task));
    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
    actions.add(open);
    return actions;
  }

  private void claim(InboxTask task) {
    try {
      inbox.claim(task.jobKey());
      Toasts.success("%s is yours now: find it under My tasks".formatted(task.ticketNumber()));
    } catch (BusinessRuleException | AccessDeniedException e) {
      Toasts.error(e.getMessage());
    }
    reload();
  }

  private void release(InboxTask task) {
    try {
      inbox.release(task.jobKey());
      Toasts.success("%s is back in the queue".formatted(task.ticketNumber()));
    } catch (BusinessRuleException | AccessDeniedException e) {
      Toasts.error(e.getMessage());
    }
    reload();
  }

  private void open(InboxTask task) {
    getUI().ifPresent(ui -> ui.navigate(TicketView.class, new RouteParameters("number", task.ticketNumber())));
  }

  /** Loads both lists; redraws only when something visible changed (tasks, minute, time zone). */
  void refresh() {
    List<InboxTask> newMine = inbox.myTasks().stream().sorted(BY_DUE_TIME).toList();
    List<InboxTask> newQueue = inbox.groupQueue().stream().sorted(BY_DUE_TIME).toList();
    String state = newMine + "|" + newQueue + "|" + clock.instant().getEpochSecond() / 60 + "|" + ViewerTime.zone();
    if (Objects.equals(state, shown)) {
      return;
    }
    shown = state;
    mine = newMine;
    queue = newQueue;
    mineCount.setText(Integer.toString(mine.size()));
    queueCount.setText(Integer.toString(queue.size()));
    show();
  }

  private void reload() {
    shown = "";
    refresh();
  }

  private void show() {
    boolean queueShown = tabs.getSelectedTab() == queueTab;
    List<InboxTask> tasks = queueShown ? queue : mine;
    grid.setItems(tasks);
    grid.setEmptyStateText(
        queueShown
            ? "The queue is empty: no unassigned tasks in your groups right now. New tickets appear here by themselves."
            : "You hold no tasks. Claim one from the Queue tab.");
  }

  private static Span countBadge() {
    Span badge = new Span("0");
    badge.getElement().getThemeList().add("badge");
    badge.getElement().getThemeList().add("small");
    badge.getElement().getThemeList().add("pill");
    badge.getElement().getThemeList().add("contrast");
    badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
    return badge;
  }
}
