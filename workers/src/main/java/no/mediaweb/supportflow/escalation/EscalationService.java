package no.mediaweb.supportflow.escalation;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.EscalationProcess.ApprovalDecision;
import no.mediaweb.supportflow.processes.EscalationProcess.TierOutcome;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Messages;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.Conversation;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketQueries;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.CurrentStaff.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with escalations: agents ask for one, managers approve or reject it, the tier
 * solves it, returns it or escalates it further. Every decision needs a reason and lands on the
 * ticket's timeline with who made it.
 */
@Service
public class EscalationService {

  public static final int MAX_TEXT = 2000;
  private static final Duration REQUEST_TTL = Duration.ofMinutes(1);

  private final Escalations escalations;
  private final TicketRepository tickets;
  private final TicketQueries ticketQueries;
  private final Conversation conversation;
  private final InboxService inbox;
  private final Timeline timeline;
  private final CurrentStaff currentStaff;
  private final CamundaClient client;
  private final Clock clock;

  EscalationService(
      Escalations escalations,
      TicketRepository tickets,
      TicketQueries ticketQueries,
      Conversation conversation,
      InboxService inbox,
      Timeline timeline,
      CurrentStaff currentStaff,
      CamundaClient client,
      Clock clock) {
    this.escalations = escalations;
    this.tickets = tickets;
    this.ticketQueries = ticketQueries;
    this.conversation = conversation;
    this.inbox = inbox;
    this.timeline = timeline;
    this.currentStaff = currentStaff;
    this.client = client;
    this.clock = clock;
  }

  /**
   * Asks for an escalation of a ticket that is being worked on, by an agent who sees the ticket
   * (its owner or an agent of a queue that has it); the same reason cannot be open twice.
   */
  @PreAuthorize(StaffRoles.AGENT)
  @Transactional
  public String request(String ticketNumber, EscalationReason reason, String note) {
    Staff me = currentStaff.require();
    if (reason == null || !EscalationReason.CHOOSABLE.contains(reason)) {
      throw new BusinessRuleException("Choose why the ticket needs escalating");
    }
    String text = requireText(note, "Add a note for the next tier");
    Ticket ticket = tickets.findByNumber(ticketNumber).orElseThrow(() -> new NotFoundException("No ticket " + ticketNumber));
    ticketQueries.requireVisible(ticket);
    if (!List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER).contains(ticket.status())) {
      throw new BusinessRuleException("Only a ticket that is being worked on can be escalated");
    }
    boolean alreadyOpen =
        escalations.openOfTicket(ticket.id()).stream().anyMatch(e -> e.reason().equals(reason.code()));
    if (alreadyOpen) {
      throw new BusinessRuleException("This ticket is already escalated for " + reason.label().toLowerCase());
    }
    String key = "agent-" + UUID.randomUUID();
    timeline.record(
        ticket.id(), TimelineEventType.ESCALATION_REQUESTED, "%s: %s".formatted(reason.label(), text), me.displayName(),
        "escalation:" + key + ":requested");
    client
        .newPublishMessageCommand()
        .messageName(Messages.ESCALATION_REQUESTED)
        .correlationKey(ticket.number())
        .messageId(key)
        .timeToLive(REQUEST_TTL)
        .variables(
            Map.of(
                EscalationProcess.Variables.ESCALATION_KEY, key,
                EscalationProcess.Variables.ESCALATION_REASON, reason.code(),
                EscalationProcess.Variables.ESCALATION_NOTE, text,
                EscalationProcess.Variables.ESCALATION_REQUESTED_BY, me.displayName(),
                EscalationProcess.Variables.ESCALATION_TRIGGER, Trigger.AGENT.name()))
        .send()
        .join();
    return key;
  }

  @PreAuthorize(StaffRoles.MANAGER)
  @Transactional(readOnly = true)
  public List<ApprovalRequest> approvalQueue() {
    return inbox.openTasksIn(EscalationProcess.GROUP_MANAGERS).stream()
        .filter(t -> t.elementId().equals(EscalationProcess.Elements.APPROVE_ESCALATION))
        .flatMap(t -> approvalRequest(t).stream())
        .toList();
  }

  @PreAuthorize(StaffRoles.MANAGER)
  public void approve(long jobKey, String reason) {
    decide(jobKey, ApprovalDecision.APPROVED, reason);
  }

  @PreAuthorize(StaffRoles.MANAGER)
  public void reject(long jobKey, String reason) {
    decide(jobKey, ApprovalDecision.REJECTED, reason);
  }

  /** The tier solved it: the owner tells the customer and proposes the resolution. */
  @PreAuthorize(StaffRoles.AGENT_OR_MANAGER)
  public void resolve(long jobKey, String note) {
    finishTier(jobKey, TierOutcome.RESOLVED, null, requireText(note, "Describe the solution for the ticket's owner"));
  }

  @PreAuthorize(StaffRoles.AGENT_OR_MANAGER)
  public void returnToOwner(long jobKey, String note) {
    finishTier(jobKey, TierOutcome.RETURNED, null, requireText(note, "Tell the owner why it comes back"));
  }

  @PreAuthorize(StaffRoles.AGENT_OR_MANAGER)
  public void escalateFurther(long jobKey, EscalationReason reason, String note) {
    if (reason == null || !EscalationReason.CHOOSABLE.contains(reason)) {
      throw new BusinessRuleException("Choose why it needs escalating further");
    }
    finishTier(jobKey, TierOutcome.ESCALATE_FURTHER, reason, requireText(note, "Add a note for the next tier"));
  }

  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<Escalation> historyOf(long ticketId) {
    return escalations.ofTicket(ticketId);
  }

  /** The escalation a task belongs to (approval or tier task), if any. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public Optional<Escalation> ofTask(InboxTask task) {
    return escalations.find(task.processInstanceKey());
  }

  private void decide(long jobKey, ApprovalDecision decision, String reason) {
    Staff me = currentStaff.require();
    String why = requireText(reason, decision == ApprovalDecision.APPROVED ? "Say why you approve" : "Say why you reject it");
    inbox.completeDecision(
        jobKey,
        EscalationProcess.Elements.APPROVE_ESCALATION,
        Map.of(EscalationProcess.Variables.APPROVAL_DECISION, decision.name()),
        task -> {
          Escalation escalation = escalationOf(task);
          EscalationState state = decision == ApprovalDecision.APPROVED ? EscalationState.REQUESTED : EscalationState.REJECTED;
          if (!escalations.decide(escalation.id(), state, me.displayName(), why, clock.instant())) {
            throw new BusinessRuleException("This escalation has been decided already");
          }
          timeline.record(
              escalation.ticketId(),
              decision == ApprovalDecision.APPROVED ? TimelineEventType.ESCALATION_APPROVED : TimelineEventType.ESCALATION_REJECTED,
              "%s → %s: %s".formatted(escalation.reasonLabel(), Tiers.label(escalation.tier()), why),
              me.displayName(),
              "escalation:%d:decided".formatted(escalation.id()));
        });
  }

  private void finishTier(long jobKey, TierOutcome outcome, EscalationReason furtherReason, String note) {
    Staff me = currentStaff.require();
    Map<String, Object> variables =
        furtherReason == null
            ? Map.of(EscalationProcess.Variables.TIER_OUTCOME, outcome.name())
            : Map.of(
                EscalationProcess.Variables.TIER_OUTCOME, outcome.name(),
                EscalationProcess.Variables.ESCALATION_REASON, furtherReason.code(),
                EscalationProcess.Variables.ESCALATION_NOTE, note,
                EscalationProcess.Variables.ESCALATION_REQUESTED_BY, me.displayName());
    inbox.completeDecision(
        jobKey,
        EscalationProcess.Elements.WORK_ESCALATION,
        variables,
        task -> {
          Escalation escalation = escalationOf(task);
          escalations.recordOutcomeNote(escalation.id(), note, clock.instant());
          String tier = Tiers.label(escalation.tier());
          TimelineEventType type =
              switch (outcome) {
                case RESOLVED -> TimelineEventType.ESCALATION_RESOLVED;
                case RETURNED -> TimelineEventType.ESCALATION_RETURNED;
                case ESCALATE_FURTHER -> TimelineEventType.ESCALATED_FURTHER;
              };
          String detail =
              furtherReason == null
                  ? "%s: %s".formatted(tier, note)
                  : "%s → %s: %s".formatted(tier, furtherReason.label(), note);
          timeline.record(escalation.ticketId(), type, detail, me.displayName(), "task:%d:%s".formatted(jobKey, outcome));
        });
  }

  private Escalation escalationOf(InboxTask task) {
    return escalations
        .find(task.processInstanceKey())
        .orElseThrow(() -> new BusinessRuleException("The escalation of this task is not recorded yet; try again"));
  }

  private Optional<ApprovalRequest> approvalRequest(InboxTask task) {
    return escalations
        .find(task.processInstanceKey())
        .flatMap(
            escalation ->
                tickets
                    .findById(escalation.ticketId())
                    .map(
                        ticket ->
                            new ApprovalRequest(
                                task.jobKey(),
                                escalation,
                                ticket.subject(),
                                task.customerName(),
                                task.plan(),
                                ticket.priority(),
                                ticket.resolutionSla(),
                                ticket.resolutionDueAt(),
                                ticket.assignee(),
                                conversation
                                    .latest(ticket.id(), AuthorType.CUSTOMER)
                                    .map(m -> Conversation.excerpt(m.body()))
                                    .orElse(""),
                                task.assignee(),
                                task.createdAt())));
  }

  private static String requireText(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleException(message);
    }
    String trimmed = text.trim();
    if (trimmed.length() > MAX_TEXT) {
      throw new BusinessRuleException("Keep it under %d characters".formatted(MAX_TEXT));
    }
    return trimmed;
  }
}
