package no.mediaweb.supportflow.ui.ticket;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Set;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ui.components.Toasts;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where an agent answers the customer and picks the next step of the ticket's open task. The text
 * the agent writes survives the view's refreshes; after a failed action it stays as it was.
 */
class AgentActionPanel extends Div {

  static final String EMPTY_MESSAGE = "Write a message to the customer first";

  /** Tasks decided elsewhere (escalations panel, survey follow-ups), never with a message. */
  static final Set<String> DECISION_TASKS =
      Set.of(
          EscalationProcess.Elements.APPROVE_ESCALATION,
          EscalationProcess.Elements.WORK_ESCALATION,
          SatisfactionSurveyProcess.Elements.FOLLOW_UP_LOW_SCORE);

  /** Tasks of an emergency that are done by telling the customer: only a reply completes them. */
  static final Set<String> REPLY_ONLY_TASKS =
      Set.of(EmergencyResponseProcess.Elements.POST_STATUS_UPDATE, EmergencyResponseProcess.Elements.FOLLOW_UP_WITH_CUSTOMER);

  private final InboxService inbox;
  private final SerializableFunction<String, String> displayName;
  private final Runnable changed;

  private final H3 title = new H3();
  private final Span holder = new Span();
  private final Div escalationOutcome = new Div();
  private final Span hint =
      new Span("Reply keeps the ticket with you · Request information waits for the customer · Propose resolution asks them to confirm");
  private final Button claim = new Button("Claim", click -> claim());
  private final Button release = new Button("Release", click -> release());
  private final TextArea message = new TextArea("Message to the customer");
  private final Button reply = new Button("Reply", click -> act(AgentAction.REPLY));
  private final Button requestInfo = new Button("Request information", click -> act(AgentAction.REQUEST_INFO));
  private final Button propose = new Button("Propose resolution", click -> act(AgentAction.PROPOSE_RESOLUTION));

  private InboxTask task;

  AgentActionPanel(InboxService inbox, SerializableFunction<String, String> displayName, Runnable changed) {
    this.inbox = inbox;
    this.displayName = displayName;
    this.changed = changed;
    setId("agent-actions");
    addClassNames("sf-card", "sf-action-panel");

    holder.addClassName("sf-muted");
    claim.setId("claim");
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    release.setId("release");
    release.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    HorizontalLayout heading = new HorizontalLayout(title, holder, claim, release);
    heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    heading.setWrap(true);

    message.setId("agent-message");
    message.setWidthFull();
    message.setMinHeight("9em");
    message.setRequiredIndicatorVisible(true);
    message.setManualValidation(true);
    message.setValueChangeMode(ValueChangeMode.LAZY);
    message.setPlaceholder("Answer the customer. They see this message on their ticket page.");
    message.addValueChangeListener(
        event -> {
          if (!event.getValue().isBlank()) {
            message.setInvalid(false);
          }
        });

    reply.setId("reply");
    reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    requestInfo.setId("request-info");
    propose.setId("propose-resolution");
    propose.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    hint.addClassName("sf-muted");
    escalationOutcome.setId("escalation-outcome");
    escalationOutcome.addClassName("sf-callout");
    escalationOutcome.setVisible(false);
    HorizontalLayout buttons = new HorizontalLayout(reply, requestInfo, propose);
    buttons.setWrap(true);

    add(heading, escalationOutcome, message, buttons, hint);
    setVisible(false);
  }

  /**
   * Shows the panel for {@code task} (one the agent may work on), or hides it for none. {@code
   * escalationOutcome}: how the ticket's latest escalation ended, shown to the owner working on it.
   */
  void show(InboxTask task, String username, String escalationOutcome) {
    this.task = task;
    setVisible(task != null);
    if (task == null) {
      return;
    }
    title.setText(task.name());
    boolean unassigned = task.assignee() == null;
    boolean mine = username.equals(task.assignee());
    holder.setText(
        unassigned
            ? "Unassigned, in the %s queue. Claim it, or answer right away.".formatted(task.candidateGroup())
            : mine ? "You hold this task." : "%s holds this task.".formatted(displayName.apply(task.assignee())));
    claim.setVisible(unassigned);
    release.setVisible(mine);
    boolean canAct = unassigned || mine;
    message.setEnabled(canAct);
    reply.setEnabled(canAct);
    requestInfo.setEnabled(canAct);
    propose.setEnabled(canAct);
    boolean replyOnly = REPLY_ONLY_TASKS.contains(task.elementId());
    requestInfo.setVisible(!replyOnly);
    propose.setVisible(!replyOnly);
    hint.setText(
        replyOnly
            ? "Reply posts your message to the customer and completes the task"
            : "Reply keeps the ticket with you · Request information waits for the customer · Propose resolution asks them to confirm");
    boolean showOutcome =
        escalationOutcome != null && SupportTicketProcess.Elements.WORK_ON_TICKET.equals(task.elementId());
    this.escalationOutcome.setVisible(showOutcome);
    this.escalationOutcome.setText(showOutcome ? escalationOutcome : "");
  }

  private void claim() {
    try {
      inbox.claim(task.jobKey());
      Toasts.success("You hold this task now");
    } catch (BusinessRuleException | AccessDeniedException e) {
      Toasts.error(e.getMessage());
    }
    changed.run();
  }

  private void release() {
    try {
      inbox.release(task.jobKey());
      Toasts.success("The task is back in the queue");
    } catch (BusinessRuleException | AccessDeniedException e) {
      Toasts.error(e.getMessage());
    }
    changed.run();
  }

  private void act(AgentAction action) {
    String body = message.getValue();
    if (body == null || body.isBlank()) {
      message.setErrorMessage(EMPTY_MESSAGE);
      message.setInvalid(true);
      message.focus();
      return;
    }
    try {
      inbox.complete(task.jobKey(), new AgentResponse(action, body));
    } catch (BusinessRuleException | AccessDeniedException e) {
      Toasts.error(e.getMessage());
      return;
    }
    message.clear();
    message.setInvalid(false);
    Toasts.success(
        switch (action) {
          case REPLY -> "Reply sent to the customer";
          case REQUEST_INFO -> "Information requested: the ticket waits for the customer's reply";
          case PROPOSE_RESOLUTION -> "Resolution proposed: the customer is asked to confirm it";
        });
    changed.run();
  }
}
