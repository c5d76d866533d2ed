package no.mediaweb.supportflow.ui.ticket;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketSlaService;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketDetails;
import no.mediaweb.supportflow.ticket.TicketQueries;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.Badges;
import no.mediaweb.supportflow.ui.components.ConversationList;
import no.mediaweb.supportflow.ui.components.TechnicalDetailsCard;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.tickets.TicketsView;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;

/**
 * One ticket for staff: what it is about, where it stands against its SLA targets, the
 * conversation, every step on the timeline and the customer's link. An agent who may work the
 * ticket's open task answers here. Reloads every second while shown.
 */
@Route(value = "tickets/:number", layout = MainLayout.class)
@RolesAllowed({Role.AGENT_ROLE, Role.MANAGER_ROLE, Role.QA_ROLE, Role.ADMIN_ROLE})
public class TicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final TicketQueries queries;
  private final InboxService inbox;
  private final CustomerLinks links;
  private final CurrentStaff currentStaff;
  private final AuthenticationContext authentication;
  private final StaffDirectory staff;
  private final TicketSlaService slaService;
  private final EscalationService escalations;
  private final Clock clock;

  private final Div header = new Div();
  private final Div sla = new Div();
  private final Span currentStep = new Span();
  private final ConversationList conversation = new ConversationList();
  private final TechnicalDetailsCard technicalDetails = new TechnicalDetailsCard();
  private final TimelineList timeline = new TimelineList();
  private final TextField customerLink = new TextField("Customer's link");
  private final Anchor openAsCustomer = new Anchor();
  private final AgentActionPanel actions;
  private final EscalationPanel escalationPanel;
  private final Div content = new Div();
  private final Paragraph notFound = new Paragraph();

  private String number;
  private String username = "";
  private Set<String> taskGroups = Set.of();
  private Set<String> staffGroups = Set.of();
  private String shown = "";

  public TicketView(
      TicketQueries queries,
      InboxService inbox,
      CustomerLinks links,
      CurrentStaff currentStaff,
      AuthenticationContext authentication,
      StaffDirectory staff,
      TicketSlaService slaService,
      EscalationService escalations,
      Clock clock) {
    this.queries = queries;
    this.inbox = inbox;
    this.links = links;
    this.currentStaff = currentStaff;
    this.authentication = authentication;
    this.staff = staff;
    this.slaService = slaService;
    this.escalations = escalations;
    this.clock = clock;
    this.actions = new AgentActionPanel(inbox, staff::displayName, this::reload);
    this.escalationPanel = new EscalationPanel(escalations, this::reload);
    addClassName("sf-page");
    setWidthFull();

    header.setId("ticket-header");
    header.addClassName("sf-ticket-header");
    sla.setId("ticket-sla");
    sla.addClassName("sf-sla-panel");
    currentStep.setId("current-step");
    currentStep.addClassName("sf-muted");

    conversation.setId("conversation");
    technicalDetails.setId("technical-details");
    Div main = new Div(technicalDetails, new H3("Conversation"), conversation, actions, escalationPanel);
    main.addClassName("sf-ticket-main");

    customerLink.setId("customer-link");
    customerLink.setReadOnly(true);
    customerLink.setWidthFull();
    customerLink.setHelperText("Share it with the customer: it opens their page for this ticket.");
    Button copy = new Button(VaadinIcon.COPY_O.create(), click -> copyLink());
    copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    copy.setAriaLabel("Copy the customer's link");
    copy.setTooltipText("Copy");
    customerLink.setSuffixComponent(copy);
    openAsCustomer.setText("Open the customer's page");
    openAsCustomer.setTarget(AnchorTarget.BLANK);
    Div linkCard = new Div(customerLink, openAsCustomer);
    linkCard.addClassName("sf-card");
    Div side = new Div(linkCard, new H3("Timeline"), timeline);
    side.addClassName("sf-ticket-side");

    Div columns = new Div(main, side);
    columns.addClassName("sf-ticket-columns");
    content.add(header, sla, columns);
    content.setWidthFull();

    notFound.setId("ticket-not-found");
    notFound.setVisible(false);
    add(new RouterLink("← All tickets", TicketsView.class), notFound, content);
    AutoRefresh.install(this, this::refresh);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    number = event.getRouteParameters().get("number").orElse("");
    if (authentication.hasRole(Role.AGENT_ROLE) || authentication.hasRole(Role.MANAGER_ROLE)) {
      CurrentStaff.Staff me = currentStaff.require();
      username = me.username();
      staffGroups = me.taskGroups();
      taskGroups = authentication.hasRole(Role.AGENT_ROLE) ? me.taskGroups() : Set.of();
    }
    reload();
  }

  @Override
  public String getPageTitle() {
    return (number == null ? "Ticket" : number) + " · Supportflow";
  }

  private void reload() {
    shown = "";
    refresh();
  }

  /** Loads the ticket and its open tasks; redraws only when something visible changed. */
  void refresh() {
    if (number == null) {
      return;
    }
    TicketDetails details;
    try {
      details = queries.details(number);
    } catch (NotFoundException e) {
      content.setVisible(false);
      notFound.setVisible(true);
      notFound.setText("There is no ticket " + number + ".");
      return;
    }
    List<InboxTask> tasks = inbox.openTasksOf(details.ticket().id());
    List<Escalation> history = escalations.historyOf(details.ticket().id());
    String state =
        details.ticket().version() + "|" + details.messages().size() + "|" + details.attachments().size() + "|"
            + details.timeline().size() + "|" + tasks
            + "|" + history
            + "|" + clock.instant().getEpochSecond() / 60 + "|" + ViewerTime.zone();
    if (Objects.equals(state, shown)) {
      return;
    }
    shown = state;
    notFound.setVisible(false);
    content.setVisible(true);
    showHeader(details.ticket(), details.customer(), tasks);
    showSla(details.ticket());
    technicalDetails.show(details.technicalDetails());
    String ticketNumber = details.ticket().number();
    conversation.show(details.messages(), details.attachments(), id -> queries.attachment(ticketNumber, id));
    timeline.show(details.timeline());
    String link = links.linkFor(details.ticket().number());
    customerLink.setValue(link);
    openAsCustomer.setHref(link);
    actions.show(workableTask(tasks), username, EscalationPanel.latestOutcome(history).orElse(null));
    Ticket ticket = details.ticket();
    boolean beingWorkedOn =
        List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER).contains(ticket.status());
    escalationPanel.show(
        ticket.number(),
        history,
        authentication.hasRole(Role.AGENT_ROLE) && beingWorkedOn,
        authentication.hasRole(Role.MANAGER_ROLE) ? decisionTask(tasks, EscalationProcess.Elements.APPROVE_ESCALATION) : null,
        decisionTask(tasks, EscalationProcess.Elements.WORK_ESCALATION));
  }

  /** The task the agent answers the customer with: never one of the escalation's decisions. */
  private InboxTask workableTask(List<InboxTask> tasks) {
    return tasks.stream()
        .filter(task -> taskGroups.contains(task.candidateGroup()))
        .filter(task -> !AgentActionPanel.DECISION_TASKS.contains(task.elementId()))
        .findFirst()
        .orElse(null);
  }

  /** An open decision task of the ticket in one of the viewer's queues. */
  private InboxTask decisionTask(List<InboxTask> tasks, String elementId) {
    return tasks.stream()
        .filter(task -> task.elementId().equals(elementId) && staffGroups.contains(task.candidateGroup()))
        .findFirst()
        .orElse(null);
  }

  private void showHeader(Ticket ticket, Customer customer, List<InboxTask> tasks) {
    header.removeAll();
    H2 title = new H2(ticket.number() + " · " + ticket.subject());
    title.setId("ticket-title");
    Span status = Badges.status(ticket.status());
    status.setId("ticket-status");
    Span plan = new Span(customer.plan().label() + " plan");
    plan.getElement().getThemeList().add("badge");
    plan.getElement().getThemeList().add("contrast");
    HorizontalLayout badges = new HorizontalLayout(status, plan, Badges.priority(ticket.priority()));
    badges.setSpacing(true);
    badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

    Span customerLine =
        new Span(
            "%s <%s>%s · %s · opened %s via %s"
                .formatted(
                    customer.name(),
                    customer.accountEmail(),
                    customer.company() == null || customer.company().isBlank() ? "" : ", " + customer.company(),
                    "time zone " + customer.timeZone(),
                    ViewerTime.format(ticket.createdAt()),
                    ticket.channel().name().toLowerCase()));
    customerLine.setId("ticket-customer");
    customerLine.addClassName("sf-muted");

    currentStep.setText(currentStep(ticket, tasks));
    header.add(title, badges, new Div(customerLine), new Div(currentStep));
    if (ticket.status() != TicketStatus.CLOSED
        && (authentication.hasRole(Role.AGENT_ROLE) || authentication.hasRole(Role.MANAGER_ROLE))) {
      header.add(prioritySelect(ticket));
    }
  }

  /** Changing the priority asks the SLA policy again: new targets, new due dates, re-armed timers. */
  private Component prioritySelect(Ticket ticket) {
    Select<Priority> priority = new Select<>();
    priority.setId("change-priority");
    priority.setLabel("Priority");
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(Priority::label);
    priority.setValue(ticket.priority());
    priority.setWidth("22rem");
    priority.setHelperText("A change recomputes the SLA due dates");
    priority.addValueChangeListener(
        change -> {
          if (!change.isFromClient() || change.getValue() == null) {
            return;
          }
          try {
            slaService.changePriority(ticket.number(), change.getValue(), staff.displayName(username()));
            Toasts.success("Priority changed to " + change.getValue().label() + "; SLA due dates recomputed");
            reload();
          } catch (RuntimeException e) {
            Toasts.error(e.getMessage());
            priority.setValue(change.getOldValue());
          }
        });
    return priority;
  }

  private String username() {
    return authentication.getPrincipalName().orElse("");
  }

  private String currentStep(Ticket ticket, List<InboxTask> tasks) {
    if (!tasks.isEmpty()) {
      InboxTask task = tasks.getFirst();
      return "Current step: " + task.name()
          + (task.assignee() == null
              ? " — in the %s queue".formatted(task.candidateGroup())
              : " — with " + staff.displayName(task.assignee()));
    }
    return switch (ticket.status()) {
      case NEW, OPEN -> "Current step: setting up SLA targets";
      case WAITING_ON_CUSTOMER -> "Current step: waiting for the customer's reply";
      case RESOLVED -> "Current step: waiting for the customer to confirm the resolution";
      case CLOSED -> "Closed" + (ticket.closeReason() == null ? "" : ": " + ticket.closeReason().label());
      case IN_PROGRESS -> "Current step: the workflow is moving on";
    };
  }

  private void showSla(Ticket ticket) {
    sla.removeAll();
    Instant now = clock.instant();
    sla.add(
        slaItem(
            "first-response", "First response", ticket.firstResponseSla(), ticket.firstResponseDueAt(),
            ticket.firstRespondedAt(), "answered", now),
        slaItem(
            "resolution", "Resolution", ticket.resolutionSla(), ticket.resolutionDueAt(), ticket.resolvedAt(),
            "resolved", now));
  }

  private static Component slaItem(
      String id, String name, SlaState state, Instant due, Instant doneAt, String doneWord, Instant now) {
    Span label = new Span(name);
    label.addClassName("sf-sla-name");
    Span badge = Badges.sla(state);
    badge.setId(id + "-sla");
    String when;
    if (due == null) {
      when = "target being set";
    } else if (doneAt != null) {
      when = "%s %s · due %s".formatted(doneWord, ViewerTime.format(doneAt), ViewerTime.format(due));
    } else {
      when = "due %s (%s)".formatted(ViewerTime.format(due), ViewerTime.relativeDue(due, now));
    }
    Span time = new Span(when);
    time.setId(id + "-due");
    time.addClassName(ViewerTime.isOverdue(due, now) && doneAt == null ? "sf-overdue" : "sf-muted");
    Div item = new Div(label, badge, time);
    item.addClassNames("sf-card", "sf-sla-item");
    return item;
  }

  private void copyLink() {
    getElement()
        .executeJs(
            """
            const text = $0;
            if (navigator.clipboard && window.isSecureContext) {
              navigator.clipboard.writeText(text);
            } else {
              const area = document.createElement('textarea');
              area.value = text;
              area.style.position = 'fixed';
              area.style.opacity = '0';
              document.body.appendChild(area);
              area.select();
              document.execCommand('copy');
              document.body.removeChild(area);
            }
            """,
            customerLink.getValue());
    Toasts.success("Link copied");
  }
}
