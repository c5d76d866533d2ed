package no.mediaweb.supportflow.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.sla.DueDates;
import no.mediaweb.supportflow.sla.SlaSchedule;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.sla.SlaTargets;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A ticket's SLA due dates and states. Each method is safe to repeat with the same input. */
@Service
public class TicketSlaService {

  static final String WORKFLOW = "Workflow";

  private final TicketRepository tickets;
  private final CustomerRepository customers;
  private final Timeline timeline;
  private final SlaSchedule schedule;
  private final Clock clock;

  TicketSlaService(
      TicketRepository tickets, CustomerRepository customers, Timeline timeline, SlaSchedule schedule, Clock clock) {
    this.tickets = tickets;
    this.customers = customers;
    this.timeline = timeline;
    this.schedule = schedule;
    this.clock = clock;
  }

  /**
   * Sets the due dates of a new ticket, counted from its creation so a repeated call computes the
   * same instants. Empty when the ticket is not visible yet.
   */
  @Transactional
  public Optional<DueDates> applyTargets(long ticketId, SlaTargets targets) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Ticket ticket = found.get();
    DueDates due = schedule.dueDates(ticket.createdAt(), targets, zoneOf(ticket));
    tickets.setDueDates(
        ticketId,
        due.firstResponseDue(),
        due.firstResponseAtRisk(),
        due.resolutionDue(),
        due.resolutionAtRisk(),
        clock.instant());
    timeline.record(
        ticketId,
        TimelineEventType.SLA_TARGETS_SET,
        "First response within %s (due %s), resolution within %s (due %s)"
            .formatted(
                targets.firstResponseTarget(), due.firstResponseDueAt(),
                targets.resolutionTarget(), due.resolutionDueAt()),
        WORKFLOW,
        "ticket:" + ticketId + ":sla-targets");
    return Optional.of(due);
  }

  /** Returns false when the ticket is not visible yet. */
  @Transactional
  public boolean markAtRisk(long ticketId, SlaTarget target) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    int changed =
        target == SlaTarget.FIRST_RESPONSE
            ? tickets.markFirstResponseAtRisk(ticketId, now)
            : tickets.markResolutionAtRisk(ticketId, now);
    if (changed == 1) {
      Instant due = dueOf(found.get(), target);
      timeline.record(
          ticketId,
          TimelineEventType.SLA_AT_RISK,
          "%s due %s".formatted(target.label(), due),
          WORKFLOW,
          "ticket:%d:sla-at-risk:%s:%s".formatted(ticketId, target, due));
    }
    return true;
  }

  /** Returns false when the ticket is not visible yet. */
  @Transactional
  public boolean markBreached(long ticketId, SlaTarget target) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    int changed =
        target == SlaTarget.FIRST_RESPONSE
            ? tickets.markFirstResponseBreached(ticketId, now)
            : tickets.markResolutionBreached(ticketId, now);
    if (changed == 1) {
      Instant due = dueOf(found.get(), target);
      timeline.record(
          ticketId,
          TimelineEventType.SLA_BREACHED,
          "%s was due %s".formatted(target.label(), due),
          WORKFLOW,
          "ticket:%d:sla-breached:%s:%s".formatted(ticketId, target, due));
    }
    return true;
  }

  ZoneId zoneOf(Ticket ticket) {
    return customers.findById(ticket.customerId())
        .map(Customer::timeZone)
        .map(ZoneId::of)
        .orElse(ZoneId.of("UTC"));
  }

  private static Instant dueOf(Ticket ticket, SlaTarget target) {
    return target == SlaTarget.FIRST_RESPONSE ? ticket.firstResponseDueAt() : ticket.resolutionDueAt();
  }
}
