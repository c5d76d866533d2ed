package no.mediaweb.supportflow.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.sla.ResolutionDueDates;
import no.mediaweb.supportflow.sla.SlaSchedule;
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
  private final SlaSchedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TicketLifecycle(
      TicketRepository tickets,
      Conversation conversation,
      Timeline timeline,
      TicketSlaService sla,
      SlaSchedule schedule,
      ApplicationEventPublisher events,
      Clock clock) {
    this.tickets = tickets;
    this.conversation = conversation;
    this.timeline = timeline;
    this.sla = sla;
    this.schedule = schedule;
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
          ticketId, TimelineEventType.WAITING_ON_CUSTOMER, "Waiting for the customer's reply", WORKFLOW, jobKey);
    }
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

  @Transactional
  public boolean resume(long ticketId, String jobKey) {
    if (tickets.findById(ticketId).isEmpty()) {
      return false;
    }
    if (tickets.changeStatus(
            ticketId, List.of("WAITING_ON_CUSTOMER"), TicketStatus.IN_PROGRESS.name(), clock.instant())
        == 1) {
      timeline.record(
          ticketId, TimelineEventType.WORK_RESUMED, "The customer replied; back with the agent", WORKFLOW, jobKey);
    }
    return true;
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
    return true;
  }

  /**
   * Reopens a resolved ticket with a fresh resolution target counted from now. A redelivered job
   * gets the due dates the first delivery stored.
   */
  @Transactional
  public Optional<ResolutionDueDates> reopen(long ticketId, Duration resolutionTarget, String jobKey) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Ticket ticket = found.get();
    // the column keeps microseconds: a redelivery must return the dates the first delivery stored
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ResolutionDueDates due = schedule.resolution(now, resolutionTarget, sla.zoneOf(ticket));
    if (tickets.reopen(ticketId, due.due(), due.atRisk(), now) == 1) {
      timeline.record(
          ticketId,
          TimelineEventType.REOPENED,
          "The customer replied after the resolution; resolution now due " + due.resolutionDueAt(),
          WORKFLOW,
          jobKey);
      return Optional.of(due);
    }
    return Optional.of(ResolutionDueDates.of(ticket.resolutionDueAt(), ticket.resolutionAtRiskAt()));
  }

  @Transactional
  public boolean close(long ticketId, CloseReason reason, String jobKey) {
    if (tickets.findById(ticketId).isEmpty()) {
      return false;
    }
    if (tickets.close(ticketId, reason.name(), clock.instant()) == 1) {
      timeline.record(ticketId, TimelineEventType.CLOSED, reason.label(), WORKFLOW, jobKey);
    }
    events.publishEvent(new TicketClosed(ticketId, reason));
    return true;
  }
}
