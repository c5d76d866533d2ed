package no.mediaweb.supportflow.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.notification.StaffNotifications;
import no.mediaweb.supportflow.sla.DueDates;
import no.mediaweb.supportflow.sla.ResolutionDueDates;
import no.mediaweb.supportflow.sla.SlaPolicy;
import no.mediaweb.supportflow.sla.SlaSchedule;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.sla.SlaTargets;
import no.mediaweb.supportflow.sla.calendar.Pause;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's SLA clock: due dates in business time on the policy's calendar and the customer's zone,
 * pauses while the ticket waits on the customer, at-risk and breach states. Each method is safe to
 * repeat with the same input.
 */
@Service
public class TicketSlaService {

  static final String WORKFLOW = "Workflow";

  private final TicketRepository tickets;
  private final CustomerRepository customers;
  private final SlaClockStore clocks;
  private final Timeline timeline;
  private final SlaSchedule schedule;
  private final SlaPolicy policy;
  private final StaffNotifications notifications;
  private final TicketWorkflow workflow;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TicketSlaService(
      TicketRepository tickets,
      CustomerRepository customers,
      SlaClockStore clocks,
      Timeline timeline,
      SlaSchedule schedule,
      SlaPolicy policy,
      StaffNotifications notifications,
      TicketWorkflow workflow,
      ApplicationEventPublisher events,
      Clock clock) {
    this.tickets = tickets;
    this.customers = customers;
    this.clocks = clocks;
    this.timeline = timeline;
    this.schedule = schedule;
    this.policy = policy;
    this.notifications = notifications;
    this.workflow = workflow;
    this.events = events;
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
    SlaClock slaClock =
        new SlaClock(
            targets.calendarCode(), targets.firstResponse(), targets.resolution(), targets.nextReply(),
            ticket.createdAt(), targets.resolution());
    clocks.save(ticketId, slaClock, clock.instant());
    DueDates due = dueDates(ticket, slaClock);
    tickets.setDueDates(
        ticketId, due.firstResponseDue(), due.firstResponseAtRisk(), due.resolutionDue(), due.resolutionAtRisk(),
        clock.instant());
    timeline.record(
        ticketId,
        TimelineEventType.SLA_TARGETS_SET,
        "First response within %s (due %s), resolution within %s (due %s), counted on the %s calendar"
            .formatted(
                hours(targets.firstResponse()), readable(due.firstResponseDue()), hours(targets.resolution()),
                readable(due.resolutionDue()), targets.calendarCode()),
        WORKFLOW,
        "ticket:" + ticketId + ":sla-targets");
    events.publishEvent(new TicketOpened(ticketId));
    return Optional.of(due);
  }

  /** Stops the SLA clock while the ticket waits on the customer. */
  @Transactional
  public void pauseClock(long ticketId, String key) {
    clocks.startPause(ticketId, clock.instant(), key);
  }

  /**
   * Restarts the clock after the customer's reply: the resolution target's remaining business time
   * now counts from here, so its due instant moves by the paused business time.
   */
  @Transactional
  public ResolutionDueDates resumeClock(long ticketId) {
    Instant now = clock.instant();
    clocks.endPause(ticketId, now);
    return moveResolutionDue(ticketId, now);
  }

  /** Ends a pause without recomputing, when the ticket closes. */
  @Transactional
  public void stopClock(long ticketId) {
    clocks.endPause(ticketId, clock.instant());
  }

  /** A reopened ticket's clock restarts with the next-reply target from {@code start}; returns its due dates. */
  @Transactional
  public ResolutionDueDates restartForNextReply(long ticketId, Instant start) {
    Ticket ticket = tickets.findById(ticketId).orElseThrow();
    SlaClock current = clockOf(ticket);
    SlaClock next =
        new SlaClock(
            current.calendarCode(), current.firstResponseTarget(), current.resolutionTarget(),
            current.nextReplyTarget(), start, current.nextReplyTarget());
    clocks.save(ticketId, next, clock.instant());
    return resolutionDue(ticket, next, start);
  }

  /**
   * Changes a ticket's priority: the policy gives new targets, the due dates are computed again
   * from the ticket's clock, and an active agent step is re-armed with them.
   */
  @PreAuthorize("hasAnyRole('AGENT', 'MANAGER')")
  @Transactional
  public void changePriority(String number, Priority priority, String actorName) {
    Ticket ticket = tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("No ticket " + number));
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new BusinessRuleException("Ticket " + number + " is closed");
    }
    if (ticket.priority() == priority) {
      return;
    }
    tickets.changePriority(ticket.id(), priority.name(), clock.instant());
    Customer customer = customers.findById(ticket.customerId()).orElseThrow();
    retarget(ticket, customer.plan(), priority, "Priority changed from %s to %s".formatted(ticket.priority(), priority), actorName);
  }

  /** Changes a customer's plan; every open ticket of theirs gets the new plan's targets. */
  @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
  @Transactional
  public void changePlan(long customerId, Plan plan, String actorName) {
    Customer customer = customers.findById(customerId).orElseThrow(() -> new NotFoundException("No customer " + customerId));
    if (customer.plan() == plan) {
      return;
    }
    customers.save(
        new Customer(
            customer.id(), customer.accountEmail(), customer.name(), customer.company(), plan, customer.timeZone(),
            customer.language(), customer.createdAt()));
    for (Ticket ticket : tickets.findOpenOfCustomer(customerId)) {
      retarget(ticket, plan, ticket.priority(), "Plan changed from %s to %s".formatted(customer.plan(), plan), actorName);
    }
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
      Ticket ticket = found.get();
      Instant due = dueOf(ticket, target);
      String key = "ticket:%d:sla-at-risk:%s:%s".formatted(ticketId, target, due);
      timeline.record(
          ticketId, TimelineEventType.SLA_AT_RISK, "%s due %s".formatted(target.label(), readable(due)), WORKFLOW, key);
      if (ticket.assignee() != null) {
        notifications.notify(
            ticket.assignee(),
            ticketId,
            "%s of %s is at risk: due %s".formatted(target.label(), ticket.number(), readable(due)),
            key);
      }
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
          "%s was due %s".formatted(target.label(), readable(due)),
          WORKFLOW,
          "ticket:%d:sla-breached:%s:%s".formatted(ticketId, target, due));
    }
    events.publishEvent(new SlaBreached(ticketId, target));
    return true;
  }

  ZoneId zoneOf(Ticket ticket) {
    return customers.findById(ticket.customerId())
        .map(Customer::timeZone)
        .map(ZoneId::of)
        .orElse(ZoneId.of("UTC"));
  }

  private void retarget(Ticket ticket, Plan plan, Priority priority, String reason, String actorName) {
    SlaTargets targets = policy.targetsFor(plan.name(), priority.name());
    SlaClock current = clockOf(ticket);
    // a reopen restarts the resolution clock with the next-reply target
    boolean reopened = !current.resolutionClockStartedAt().equals(ticket.createdAt());
    SlaClock next =
        new SlaClock(
            targets.calendarCode(), targets.firstResponse(), targets.resolution(), targets.nextReply(),
            current.resolutionClockStartedAt(), reopened ? targets.nextReply() : targets.resolution());
    Instant now = clock.instant();
    clocks.save(ticket.id(), next, now);
    DueDates due = dueDates(ticket, next);
    tickets.moveFirstResponseDue(ticket.id(), due.firstResponseDue(), due.firstResponseAtRisk(), now);
    tickets.moveResolutionDue(ticket.id(), due.resolutionDue(), due.resolutionAtRisk(), now);
    timeline.record(
        ticket.id(),
        TimelineEventType.SLA_TARGETS_SET,
        "%s: first response due %s, resolution due %s"
            .formatted(reason, readable(due.firstResponseDue()), readable(due.resolutionDue())),
        actorName,
        "ticket:%d:sla-retarget:%s".formatted(ticket.id(), java.util.UUID.randomUUID()));
    if (ticket.status() == TicketStatus.OPEN || ticket.status() == TicketStatus.IN_PROGRESS) {
      events.publishEvent(new SlaTargetsChanged(ticket.id()));
      workflow.slaTargetsChanged(ticket.number(), targets, due);
    }
  }

  private DueDates dueDates(Ticket ticket, SlaClock slaClock) {
    ZoneId zone = zoneOf(ticket);
    List<Pause> pauses = clocks.pauses(ticket.id(), clock.instant());
    Instant created = ticket.createdAt();
    ResolutionDueDates resolution = resolutionDue(ticket, slaClock, clock.instant());
    return DueDates.of(
        schedule.dueAt(slaClock.calendarCode(), zone, created, slaClock.firstResponseTarget(), pauses),
        schedule.atRiskAt(slaClock.calendarCode(), zone, created, slaClock.firstResponseTarget(), pauses),
        resolution.due(),
        resolution.atRisk());
  }

  private ResolutionDueDates moveResolutionDue(long ticketId, Instant now) {
    Ticket ticket = tickets.findById(ticketId).orElseThrow();
    ResolutionDueDates due = resolutionDue(ticket, clockOf(ticket), now);
    tickets.moveResolutionDue(ticketId, due.due(), due.atRisk(), now);
    return due;
  }

  private ResolutionDueDates resolutionDue(Ticket ticket, SlaClock slaClock, Instant now) {
    ZoneId zone = zoneOf(ticket);
    List<Pause> pauses = clocks.pauses(ticket.id(), now);
    Instant start = slaClock.resolutionClockStartedAt();
    Duration target = slaClock.resolutionClockTarget();
    return ResolutionDueDates.of(
        schedule.dueAt(slaClock.calendarCode(), zone, start, target, pauses),
        schedule.atRiskAt(slaClock.calendarCode(), zone, start, target, pauses));
  }

  private SlaClock clockOf(Ticket ticket) {
    return clocks.find(ticket.id())
        .orElseThrow(() -> new IllegalStateException("Ticket " + ticket.number() + " has no SLA targets yet"));
  }

  private static Instant dueOf(Ticket ticket, SlaTarget target) {
    return target == SlaTarget.FIRST_RESPONSE ? ticket.firstResponseDueAt() : ticket.resolutionDueAt();
  }

  private static final java.time.format.DateTimeFormatter READABLE =
      java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'", java.util.Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);

  private static String readable(Instant instant) {
    return READABLE.format(instant);
  }

  private static String hours(Duration target) {
    long minutes = target.toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
  }
}
