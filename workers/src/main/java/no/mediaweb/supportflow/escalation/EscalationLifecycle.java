package no.mediaweb.supportflow.escalation;

import java.time.Clock;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.processes.EscalationProcess.Audience;
import no.mediaweb.supportflow.processes.EscalationProcess.Outcome;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the escalation workers do to the database. Each step is keyed by the escalation (its process
 * instance key), so a redelivered job changes nothing and notifies nobody twice.
 */
@Service
class EscalationLifecycle {

  static final String WORKFLOW = "Workflow";
  static final String SLA_MONITOR = "SLA monitor";

  private final Escalations escalations;
  private final Timeline timeline;
  private final EscalationNotices notices;
  private final InboxService inbox;
  private final Clock clock;

  EscalationLifecycle(
      Escalations escalations, Timeline timeline, EscalationNotices notices, InboxService inbox, Clock clock) {
    this.escalations = escalations;
    this.timeline = timeline;
    this.notices = notices;
    this.inbox = inbox;
    this.clock = clock;
  }

  @Transactional
  public void record(
      long id, String key, long ticketId, Trigger trigger, String requestedBy, String reason, String note, Routing routing) {
    Escalations.Routing stored =
        new Escalations.Routing(reason, note, routing.targetTier(), routing.queue(), routing.approvalRequired());
    if (escalations.upsert(id, key, ticketId, trigger, requestedBy, stored, clock.instant())) {
      timeline.record(
          ticketId,
          TimelineEventType.ESCALATION_ROUTED,
          "%s → %s%s"
              .formatted(
                  EscalationReason.labelOf(reason),
                  routing.tierLabel(),
                  routing.approvalRequired() ? ", waiting for a manager's approval" : ""),
          requestedBy,
          "escalation:%d:routed:%s:%s".formatted(id, reason, routing.targetTier()));
      if (routing.approvalRequired()) {
        notices.toManagers(
            ticketId,
            "Escalation of %s to %s waits for your approval".formatted(require(id).ticketNumber(), routing.tierLabel()),
            "escalation:%d:approval:%s".formatted(id, reason));
      }
    }
  }

  @Transactional
  public void approveOnBreach(long id) {
    Escalation escalation = require(id);
    if (escalations.decide(id, EscalationState.REQUESTED, SLA_MONITOR, "Approved automatically: the SLA was breached", clock.instant())) {
      timeline.record(
          escalation.ticketId(),
          TimelineEventType.ESCALATION_APPROVED,
          "Approved automatically: the SLA was breached while the approval was pending",
          SLA_MONITOR,
          "escalation:%d:approved-on-breach".formatted(id));
    }
    inbox.withdrawTasksOf(id, "the SLA was breached; approved automatically");
  }

  @Transactional
  public void handOver(long id) {
    Escalation escalation = require(id);
    if (escalations.moveTo(id, EscalationState.WITH_TIER, clock.instant())) {
      timeline.record(
          escalation.ticketId(),
          TimelineEventType.ESCALATION_HANDED_OVER,
          "Handed over to %s (%s queue)".formatted(Tiers.label(escalation.tier()), escalation.queue()),
          WORKFLOW,
          "escalation:%d:handed-over:%s".formatted(id, escalation.tier()));
    }
  }

  @Transactional
  public void close(long id, Outcome outcome) {
    Escalation escalation = require(id);
    String key = "escalation:%d:closed:%s".formatted(id, outcome);
    switch (outcome) {
      case RESOLVED -> {
        escalations.moveTo(id, EscalationState.RESOLVED, clock.instant());
        notices.toOwner(
            escalation.ticketId(),
            "%s solved %s: tell the customer and propose the resolution".formatted(Tiers.label(escalation.tier()), escalation.ticketNumber()),
            key);
      }
      case RETURNED -> {
        escalations.moveTo(id, EscalationState.RETURNED, clock.instant());
        notices.toOwner(
            escalation.ticketId(),
            "%s returned %s to you".formatted(Tiers.label(escalation.tier()), escalation.ticketNumber()),
            key);
      }
      case REJECTED ->
          notices.toOwner(
              escalation.ticketId(),
              "Escalation of %s rejected by %s: %s"
                  .formatted(escalation.ticketNumber(), escalation.decidedBy(), escalation.decisionReason()),
              key);
    }
  }

  @Transactional
  public void remind(long id, Audience audience, String jobKey) {
    Escalation escalation = require(id);
    String key = "escalation:%d:overdue:%s:%s".formatted(id, audience, jobKey);
    boolean recorded =
        timeline.record(
            escalation.ticketId(),
            TimelineEventType.ESCALATION_OVERDUE,
            audience == Audience.APPROVERS
                ? "The approval is overdue; the managers were reminded"
                : "%s has not picked it up in time; the queue was reminded".formatted(Tiers.label(escalation.tier())),
            WORKFLOW,
            key);
    if (!recorded) {
      return;
    }
    if (audience == Audience.APPROVERS) {
      notices.toManagers(
          escalation.ticketId(), "Overdue: the escalation of %s waits for approval".formatted(escalation.ticketNumber()), key);
    } else {
      notices.toQueue(
          escalation.queue(),
          escalation.ticketId(),
          "Overdue: %s escalated to %s waits to be picked up".formatted(escalation.ticketNumber(), Tiers.label(escalation.tier())),
          key);
    }
  }

  /** The issue is resolved: every open escalation of the ticket is withdrawn with its tasks. */
  @Transactional
  public void withdrawOpen(long ticketId) {
    for (Escalation escalation : escalations.openOfTicket(ticketId)) {
      if (escalations.moveTo(escalation.id(), EscalationState.WITHDRAWN, clock.instant())) {
        timeline.record(
            ticketId,
            TimelineEventType.ESCALATION_WITHDRAWN,
            "%s: the issue is resolved".formatted(Tiers.label(escalation.tier())),
            WORKFLOW,
            "escalation:%d:withdrawn".formatted(escalation.id()));
      }
      inbox.withdrawTasksOf(escalation.id(), "the issue is resolved");
    }
  }

  private Escalation require(long id) {
    return escalations.find(id).orElseThrow(() -> new IllegalStateException("No escalation " + id + " recorded"));
  }
}
