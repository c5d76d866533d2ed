package no.mediaweb.supportflow.escalation;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import no.mediaweb.supportflow.processes.EscalationRoutingDecision;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Messages;
import no.mediaweb.supportflow.routing.AssignmentRouter;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.Conversation;
import no.mediaweb.supportflow.ticket.MessageKind;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.AppUser;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The emergency response's steps: acknowledgement, a senior owner, engineering, missed updates. */
@Service
class EmergencyLifecycle {

  static final String SUPPORT = "Mediaweb Support";
  /** Long enough for "Resolve the issue" to open its subscription when both start together. */
  private static final Duration ENGINEERING_REQUEST_TTL = Duration.ofHours(1);

  private final TicketRepository tickets;
  private final CustomerRepository customers;
  private final Conversation conversation;
  private final Timeline timeline;
  private final AssignmentRouter router;
  private final InboxService inbox;
  private final EscalationNotices notices;
  private final CamundaClient client;
  private final StaffDirectory staff;

  EmergencyLifecycle(
      TicketRepository tickets,
      CustomerRepository customers,
      Conversation conversation,
      Timeline timeline,
      AssignmentRouter router,
      InboxService inbox,
      EscalationNotices notices,
      CamundaClient client,
      StaffDirectory staff) {
    this.tickets = tickets;
    this.customers = customers;
    this.conversation = conversation;
    this.timeline = timeline;
    this.router = router;
    this.inbox = inbox;
    this.notices = notices;
    this.client = client;
    this.staff = staff;
  }

  /** Flags the ticket and tells the customer at once that a senior team is on it. False when the ticket is not visible yet. */
  @Transactional
  public boolean acknowledge(long ticketId) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return false;
    }
    Ticket ticket = found.get();
    tickets.markEmergency(ticketId);
    conversation.add(
        ticketId,
        AuthorType.SYSTEM,
        SUPPORT,
        MessageKind.REPLY,
        """
        We have received your emergency report "%s" and treat it as critical. A senior agent owns \
        your ticket, our engineers are engaged, and you will get a status update at least every \
        30 minutes until it is solved."""
            .formatted(ticket.subject()),
        "ticket:%d:emergency-acknowledged".formatted(ticketId));
    timeline.record(
        ticketId,
        TimelineEventType.EMERGENCY_DECLARED,
        "%s: the customer was acknowledged at once".formatted(ticket.category().label()),
        "Workflow",
        "ticket:%d:emergency-declared".formatted(ticketId));
    return true;
  }

  /** Returns the senior agent who now owns the ticket, or "" when none is free (the managers are told). */
  @Transactional
  public String assignSeniorAgent(long ticketId) {
    Ticket ticket = tickets.findById(ticketId).orElseThrow();
    if (ticket.assignee() != null && isSenior(ticket.assignee())) {
      return ticket.assignee();
    }
    String language = customers.findById(ticket.customerId()).map(c -> c.language()).orElse("en");
    Optional<String> senior = router.chooseSenior(SupportTicketProcess.GROUP_L1, language);
    if (senior.isEmpty()) {
      notices.toManagers(
          ticketId,
          "Emergency %s: no senior agent is free; assign one".formatted(ticket.number()),
          "ticket:%d:no-senior-agent".formatted(ticketId));
      return "";
    }
    inbox.assignOwner(ticketId, senior.get());
    timeline.record(
        ticketId,
        TimelineEventType.SENIOR_AGENT_ASSIGNED,
        senior.get() + " owns the emergency",
        "Workflow",
        "ticket:%d:senior-agent".formatted(ticketId));
    notices.toOwner(ticketId, "Emergency %s is yours".formatted(ticket.number()), "ticket:%d:emergency-owner".formatted(ticketId));
    return senior.get();
  }

  /** Asks the ticket for an L3 escalation; the message id makes a redelivery harmless. */
  public void engageEngineering(long ticketId) {
    Ticket ticket = tickets.findById(ticketId).orElseThrow();
    String key = "emergency-" + ticketId;
    client
        .newPublishMessageCommand()
        .messageName(Messages.ESCALATION_REQUESTED)
        .correlationKey(ticket.number())
        .messageId(key)
        .timeToLive(ENGINEERING_REQUEST_TTL)
        .variables(
            Map.of(
                EscalationProcess.Variables.ESCALATION_KEY, key,
                EscalationProcess.Variables.ESCALATION_REASON, EscalationRoutingDecision.REASON_CRITICAL_EMERGENCY,
                EscalationProcess.Variables.ESCALATION_NOTE, "Critical emergency: " + ticket.category().label(),
                EscalationProcess.Variables.ESCALATION_REQUESTED_BY, "Emergency response",
                EscalationProcess.Variables.ESCALATION_TRIGGER, Trigger.EMERGENCY.name()))
        .send()
        .join();
  }

  @Transactional
  public void alertMissedUpdate(long ticketId, String jobKey) {
    Ticket ticket = tickets.findById(ticketId).orElseThrow();
    String key = "ticket:%d:status-update-missed:%s".formatted(ticketId, jobKey);
    if (timeline.record(
        ticketId, TimelineEventType.STATUS_UPDATE_MISSED, "The customer's status update is overdue", "Workflow", key)) {
      notices.toManagers(ticketId, "Emergency %s: a status update to the customer is overdue".formatted(ticket.number()), key);
    }
  }

  private boolean isSenior(String username) {
    return staff.find(username).map(AppUser::senior).orElse(false);
  }
}
