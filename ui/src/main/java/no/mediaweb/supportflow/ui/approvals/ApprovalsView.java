package no.mediaweb.supportflow.ui.approvals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import no.mediaweb.supportflow.escalation.ApprovalRequest;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.escalation.Tiers;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.Badges;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.escalation.DecisionDialog;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.Role;

/**
 * Escalations waiting for a manager: what the ticket is about, who asks and why, where it would go
 * and how its SLA stands. Approve and Reject each ask for the reason, which lands on the ticket's
 * timeline. Reloads every few seconds while shown.
 */
@Route(value = "approvals", layout = MainLayout.class)
@PageTitle("Approvals · Supportflow")
@RolesAllowed(Role.MANAGER_ROLE)
public class ApprovalsView extends VerticalLayout {

  private static final Duration REFRESH_EVERY = Duration.ofSeconds(5);

  private final EscalationService escalations;
  private final Clock clock;
  private final Grid<ApprovalRequest> grid = new Grid<>();
  private final Paragraph empty = new Paragraph("No escalation is waiting for approval.");
  private List<ApprovalRequest> shown = List.of();

  public ApprovalsView(EscalationService escalations, Clock clock) {
    this.escalations = escalations;
    this.clock = clock;
    addClassName("sf-page");
    setSizeFull();

    grid.setId("approvals-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    grid.addComponentColumn(
            r -> new RouterLink(
                r.escalation().ticketNumber(), TicketView.class, new RouteParameters("number", r.escalation().ticketNumber())))
        .setHeader("Ticket").setKey("ticket").setWidth("8rem").setFlexGrow(0);
    grid.addColumn(ApprovalRequest::subject).setHeader("Subject").setKey("subject").setWidth("12rem").setFlexGrow(2);
    grid.addColumn(r -> r.customerName() + (r.plan() == null ? "" : " · " + r.plan().label()))
        .setHeader("Customer").setKey("customer").setWidth("10rem").setFlexGrow(1);
    grid.addColumn(r -> r.escalation().reasonLabel()).setHeader("Reason").setKey("reason").setWidth("10rem").setFlexGrow(1);
    grid.addColumn(r -> r.escalation().note()).setHeader("Note").setKey("note").setWidth("12rem").setFlexGrow(2);
    grid.addColumn(r -> r.escalation().requestedBy()).setHeader("Requested by").setKey("requestedBy").setWidth("8rem").setFlexGrow(0);
    grid.addColumn(r -> Tiers.label(r.escalation().tier())).setHeader("Target tier").setKey("tier").setWidth("9rem").setFlexGrow(0);
    grid.addComponentColumn(this::sla).setHeader("Resolution SLA").setKey("sla").setWidth("11rem").setFlexGrow(0);
    grid.addColumn(ApprovalRequest::lastCustomerMessage).setHeader("Customer wrote").setKey("conversation").setWidth("14rem").setFlexGrow(2);
    grid.addColumn(r -> r.waitingSince() == null ? "—" : ViewerTime.ago(r.waitingSince(), clock.instant()))
        .setHeader("Waiting").setKey("waiting").setWidth("7rem").setFlexGrow(0);
    grid.addComponentColumn(this::actions).setHeader("Decide").setKey("actions").setWidth("12rem").setFlexGrow(0);
    grid.setWidthFull();

    empty.setId("approvals-empty");
    empty.addClassName("sf-muted");
    add(new H2("Approvals"), empty, grid);
    setFlexGrow(1, grid);
    AutoRefresh.install(this, REFRESH_EVERY, this::refresh);
    reload();
  }

  private Component sla(ApprovalRequest request) {
    Span due = new Span(request.resolutionDueAt() == null ? "—" : ViewerTime.dueOrOverdue(request.resolutionDueAt(), clock.instant()));
    due.addClassName("sf-muted");
    return new Div(Badges.sla(request.resolutionSla()), new Div(due));
  }

  private Component actions(ApprovalRequest request) {
    String number = request.escalation().ticketNumber();
    Button approve = new Button("Approve", click -> DecisionDialog.text(
            "Approve the escalation of " + number, "Reason", "Approve",
            (reason, text) -> escalations.approve(request.jobKey(), text),
            "Escalation of %s approved: it goes to %s".formatted(number, Tiers.label(request.escalation().tier())),
            this::reload)
        .open());
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
    Button reject = new Button("Reject", click -> DecisionDialog.text(
            "Reject the escalation of " + number, "Reason", "Reject",
            (reason, text) -> escalations.reject(request.jobKey(), text),
            "Escalation of %s rejected: the owner keeps the ticket".formatted(number),
            this::reload)
        .open());
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    HorizontalLayout buttons = new HorizontalLayout(approve, reject);
    buttons.setSpacing(true);
    return buttons;
  }

  private void reload() {
    shown = null;
    refresh();
  }

  /** Redraws only when the queue changed, so a manager reading a row does not lose their place. */
  void refresh() {
    List<ApprovalRequest> requests = escalations.approvalQueue();
    if (Objects.equals(requests, shown)) {
      return;
    }
    shown = requests;
    grid.setItems(requests);
    empty.setVisible(requests.isEmpty());
  }
}
