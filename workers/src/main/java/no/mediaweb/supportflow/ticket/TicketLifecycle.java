package no.mediaweb.supportflow.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.sla.ResolutionDueDates;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automated steps of a ticket's life. Each takes the key of the job that asks for it, so a
 * redelivered job finds its work done and changes nothing. Methods return false when the ticket is
 * not visible yet (its creating transaction has not committed).
 */
@Service
public class TicketLifecycle {

  private static final String WORKFLOW = TicketSlaService.WORKFLOW;

  private final TicketRepository tickets;
  private final Conversation conversation;
  private final Timeline timeline;
  private final TicketSlaService sla;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TicketLifecycle(
      TicketRepository tickets,
      Conversation conversation,
      Timeline timeline,
      TicketSlaService sla,
      ApplicationEventPublisher events,
      Clock clock) {
    this.tickets = tickets;
    this.conversation = conversation;
    this.timeline = timeline;
    this.sla = sla;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public boolean markWaitingOnCustomer(long ticketId, String jobKey) {
    if (tickets.findById(ticketId).isEmpty()) {
      return false;
    }
    if (tickets.changeStatus(
            ticketId, List.of("OPEN", "IN_PROGRESS"), TicketStatus.WAITING_ON_CUSTOMER.name(), clock.instant())
        == 1) {
      timeline.record(
          ticketId, TimelineEventType.WAITING_ON_CUSTOMER, "Waiting for the customer's reply; SLA clock paused",
          WORKFLOW, jobKey);
    }
    sla.pauseClock(ticketId, jobKey + ":pause");
    return true;
  }

  @Transactional
  public boolean sendReminder(long ticketId, String jobKey) {
    Optional<Ticket> ticket = tickets.findById(ticketId);
    if (ticket.isEmpty()) {
      return false;
    }
    conversation.add(
        ticketId,
        AuthorType.SYSTEM,
        "Mediaweb Support",
        MessageKind.REMINDER,
        "We are still waiting for the information we asked for on %s. Reply here so we can continue; "
                .formatted(ticket.get().number())
            + "without a reply the ticket closes automatically.",
        jobKey + ":reminder");
    timeline.record(ticketId, TimelineEventType.REMINDER_SENT, null, WORKFLOW, jobKey + ":timeline");
    return true;
  }

  /** Back to the agent after the customer's reply; the SLA clock runs again and its due dates move. */
  @Transactional
  public Optional<ResolutionDueDates> resume(long ticketId, String jobKey) {
    if (tickets.findById(ticketId).isEmpty()) {
      return Optional.empty();
    }
    ResolutionDueDates due = sla.resumeClock(ticketId);
    if (tickets.changeStatus(
            ticketId, List.of("WAITING_ON_CUSTOMER"), TicketStatus.IN_PROGRESS.name(), clock.instant())
        == 1) {
      timeline.record(
          ticketId,
          TimelineEventType.WORK_RESUMED,
          "The customer replied; SLA clock running again",
          WORKFLOW,
          jobKey);
    }
    return Optional.of(due);
  }

  @Transactional
  public boolean markResolved(long ticketId, String jobKey) {
    if (tickets.findById(ticketId).isEmpty()) {
      return false;
    }
    if (tickets.markResolved(ticketId, clock.instant()) == 1) {
      timeline.record(
          ticketId, TimelineEventType.RESOLVED, "Waiting for the customer's confirmation", WORKFLOW, jobKey);
    }
    events.publishEvent(new TicketResolved(ticketId));
    return true;
  }

  /**
   * Reopens a resolved ticket with the next-reply target counted from now. A redelivered job gets
   * the due dates the first delivery stored.
   */
  @Transactional
  public Optional<ResolutionDueDates> reopen(long ticketId, String jobKey) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Ticket ticket = found.get();
    if (ticket.status() != TicketStatus.RESOLVED) {
      return Optional.of(ResolutionDueDates.of(ticket.resolutionDueAt(), ticket.resolutionAtRiskAt()));
    }
    // the column keeps microseconds: a redelivery must return the dates the first delivery stored
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ResolutionDueDates due = sla.restartForNextReply(ticketId, now);
    tickets.reopen(ticketId, due.due(), due.atRisk(), now);
    timeline.record(
        ticketId,
        TimelineEventType.REOPENED,
        "The customer replied after the resolution; a next-reply target starts",
        WORKFLOW,
        jobKey);
    events.publishEvent(new TicketReopened(ticketId));
    return Optional.of(due);
  }

  @Transactional
  public boolean close(long ticketId, CloseReason reason, String jobKey) {
    if (tickets.findById(ticketId).isEmpty()) {
      return false;
    }
    sla.stopClock(ticketId);
    if (tickets.close(ticketId, reason.name(), clock.instant()) == 1) {
      timeline.record(ticketId, TimelineEventType.CLOSED, reason.label(), WORKFLOW, jobKey);
    }
    events.publishEvent(new TicketClosed(ticketId, reason));
    return true;
  }
}
