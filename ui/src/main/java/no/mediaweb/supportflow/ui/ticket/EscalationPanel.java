package no.mediaweb.supportflow.ui.ticket;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.escalation.EscalationState;
import no.mediaweb.supportflow.escalation.Tiers;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.escalation.DecisionDialog;

/**
 * The ticket's escalations, oldest first, and what the viewer may do with them: an agent asks for
 * one, a tier member works the one in their queue, a manager decides one waiting for approval.
 */
class EscalationPanel extends Div {

  private final EscalationService escalations;
  private final Runnable changed;
  private final Div history = new Div();
  private final Paragraph none = new Paragraph("This ticket has not been escalated.");
  private final Button escalate = new Button("Escalate", click -> openEscalate());
  private final Button approve = new Button("Approve escalation", click -> openApprove());
  private final Button reject = new Button("Reject escalation", click -> openReject());
  private final Button solve = new Button("Solve", click -> openSolve());
  private final Button giveBack = new Button("Return to owner", click -> openReturn());
  private final Button further = new Button("Escalate further", click -> openFurther());

  private String ticketNumber;
  private InboxTask approvalTask;
  private InboxTask tierTask;

  EscalationPanel(EscalationService escalations, Runnable changed) {
    this.escalations = escalations;
    this.changed = changed;
    setId("escalations");
    addClassNames("sf-card", "sf-escalations");
    history.setId("escalation-history");
    none.addClassName("sf-muted");
    escalate.setId("escalate");
    approve.setId("approve-escalation");
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    reject.setId("reject-escalation");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    solve.setId("tier-solve");
    solve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    giveBack.setId("tier-return");
    further.setId("tier-escalate-further");
    HorizontalLayout buttons = new HorizontalLayout(escalate, approve, reject, solve, giveBack, further);
    buttons.setWrap(true);
    add(new H3("Escalations"), none, history, buttons);
  }

  /**
   * Shows the ticket's escalations. {@code mayEscalate}: the viewer is an agent and the ticket is
   * being worked on; {@code approvalTask}, {@code tierTask}: the open tasks the viewer may decide.
   */
  void show(
      String ticketNumber, List<Escalation> all, boolean mayEscalate, InboxTask approvalTask, InboxTask tierTask) {
    this.ticketNumber = ticketNumber;
    this.approvalTask = approvalTask;
    this.tierTask = tierTask;
    history.removeAll();
    all.forEach(e -> history.add(entry(e)));
    none.setVisible(all.isEmpty());
    escalate.setVisible(mayEscalate);
    approve.setVisible(approvalTask != null);
    reject.setVisible(approvalTask != null);
    solve.setVisible(tierTask != null);
    giveBack.setVisible(tierTask != null);
    further.setVisible(tierTask != null);
  }

  /** What the owner needs to know about the latest finished escalation, if any. */
  static Optional<String> latestOutcome(List<Escalation> all) {
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Escalation latest = all.getLast();
    String tier = Tiers.label(latest.tier());
    return switch (latest.state()) {
      case RESOLVED -> Optional.of("%s solved: %s".formatted(tier, text(latest.outcomeNote())));
      case RETURNED -> Optional.of("%s returned it: %s".formatted(tier, text(latest.outcomeNote())));
      case REJECTED -> Optional.of("Escalation rejected by %s: %s".formatted(latest.decidedBy(), text(latest.decisionReason())));
      default -> Optional.empty();
    };
  }

  private static Div entry(Escalation e) {
    Span title = new Span("%s → %s".formatted(e.reasonLabel(), Tiers.label(e.tier())));
    title.addClassName("sf-escalation-title");
    Span state = new Span(e.state().label());
    state.getElement().getThemeList().add("badge");
    if (e.state() == EscalationState.REJECTED || e.state() == EscalationState.WITHDRAWN) {
      state.getElement().getThemeList().add("contrast");
    } else if (!e.state().isOpen()) {
      state.getElement().getThemeList().add("success");
    }
    state.addClassName("sf-escalation-state");
    Div entry = new Div(new Div(title, new Span(" "), state));
    entry.setId("escalation-" + e.id());
    entry.addClassName("sf-escalation");
    entry.add(line("Requested by %s on %s: %s".formatted(
        e.requestedBy(), ViewerTime.format(e.createdAt()), text(e.note()))));
    if (e.decidedBy() != null) {
      entry.add(line("Decided by %s: %s".formatted(e.decidedBy(), text(e.decisionReason()))));
    }
    if (e.outcomeNote() != null) {
      entry.add(line("Outcome: " + e.outcomeNote()));
    }
    entry.add(line("Updated " + ViewerTime.format(e.updatedAt())));
    return entry;
  }

  private static Div line(String text) {
    Div line = new Div(text);
    line.addClassName("sf-muted");
    return line;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  private void openEscalate() {
    DecisionDialog.withReason(
            "Escalate " + ticketNumber, "Note for the next tier", "Escalate",
            (reason, note) -> escalations.request(ticketNumber, reason, note),
            "Escalation requested", changed)
        .open();
  }

  private void openApprove() {
    long jobKey = approvalTask.jobKey();
    DecisionDialog.text(
            "Approve the escalation", "Reason", "Approve",
            (reason, why) -> escalations.approve(jobKey, why), "Escalation approved", changed)
        .open();
  }

  private void openReject() {
    long jobKey = approvalTask.jobKey();
    DecisionDialog.text(
            "Reject the escalation", "Reason", "Reject",
            (reason, why) -> escalations.reject(jobKey, why), "Escalation rejected", changed)
        .open();
  }

  private void openSolve() {
    long jobKey = tierTask.jobKey();
    DecisionDialog.text(
            "Solve the escalation", "Solution for the ticket's owner", "Solve",
            (reason, note) -> escalations.resolve(jobKey, note), "Solved: the owner tells the customer", changed)
        .open();
  }

  private void openReturn() {
    long jobKey = tierTask.jobKey();
    DecisionDialog.text(
            "Return the ticket to its owner", "Why it comes back", "Return to owner",
            (reason, note) -> escalations.returnToOwner(jobKey, note), "Returned to the owner", changed)
        .open();
  }

  private void openFurther() {
    long jobKey = tierTask.jobKey();
    DecisionDialog.withReason(
            "Escalate further", "Note for the next tier", "Escalate further",
            (reason, note) -> escalations.escalateFurther(jobKey, reason, note), "Escalated further", changed)
        .open();
  }
}
