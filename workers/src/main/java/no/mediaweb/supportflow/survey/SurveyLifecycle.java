package no.mediaweb.supportflow.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automated steps of a survey. Each is a guarded update of the survey row, so a redelivered job
 * changes nothing and publishes no second {@link SurveyMailDue}; the mail event is published inside
 * the step's transaction.
 */
@Service
public class SurveyLifecycle {

  static final String WORKFLOW = "Workflow";

  private final Surveys surveys;
  private final TicketRepository tickets;
  private final CustomerRepository customers;
  private final SurveyLinks links;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SurveyLifecycle(
      Surveys surveys,
      TicketRepository tickets,
      CustomerRepository customers,
      SurveyLinks links,
      Timeline timeline,
      ApplicationEventPublisher events,
      Clock clock) {
    this.surveys = surveys;
    this.tickets = tickets;
    this.customers = customers;
    this.links = links;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** @param firstSurvey false when the ticket has had its survey already: nothing is asked again */
  public record Registration(long surveyId, boolean firstSurvey) {}

  /**
   * Registers the ticket's one survey for this process instance. A ticket surveyed before (resolved
   * again after a reopen) gets a timeline note instead. Empty when the ticket is not visible yet.
   */
  @Transactional
  public Optional<Registration> register(long ticketId, long processInstanceKey) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Ticket ticket = found.get();
    Customer customer = customers.findById(ticket.customerId()).orElseThrow();
    surveys.insertIfAbsent(ticketId, processInstanceKey, customer.plan(), ticket.channel(), clock.instant());
    Survey survey = surveys.findByTicket(ticketId).orElseThrow();
    if (survey.processInstanceKey() == processInstanceKey || surveys.revive(survey.id(), processInstanceKey)) {
      return Optional.of(new Registration(survey.id(), true));
    }
    timeline.record(
        ticketId,
        TimelineEventType.SURVEY_NOT_REPEATED,
        "Resolved again; the customer has had their satisfaction survey already",
        WORKFLOW,
        "survey-not-repeated:" + processInstanceKey);
    return Optional.of(new Registration(survey.id(), false));
  }

  /** What sending came to: the link's expiry, or the ticket is no longer resolved. */
  public sealed interface Sending {
    record Sent(Instant expiresAt) implements Sending {}

    record TicketReopened() implements Sending {}
  }

  /**
   * Sends the survey once: stamps it sent with an expiry {@code expiry} from now and publishes the
   * invitation. A redelivery returns the first expiry. A ticket reopened since its resolution gets
   * no survey.
   */
  @Transactional
  public Sending send(long surveyId, Duration expiry) {
    Survey survey = require(surveyId);
    if (survey.sentAt() != null) {
      return new Sending.Sent(survey.expiresAt());
    }
    TicketStatus status = tickets.findById(survey.ticketId()).orElseThrow().status();
    if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
      return new Sending.TicketReopened();
    }
    Instant now = clock.instant();
    Instant expiresAt = now.plus(expiry).truncatedTo(ChronoUnit.SECONDS);
    if (!surveys.markSent(surveyId, now, expiresAt)) {
      throw new IllegalStateException("Survey " + surveyId + " has ended before it was sent");
    }
    events.publishEvent(
        new SurveyMailDue(
            survey.ticketId(), SurveyMailDue.Kind.INVITATION, links.linkFor(surveyId, expiresAt), expiresAt,
            "survey:" + surveyId + ":invitation"));
    timeline.record(
        survey.ticketId(), TimelineEventType.SURVEY_SENT, "The link is valid until " + expiresAt, WORKFLOW,
        "survey:" + surveyId + ":sent");
    return new Sending.Sent(expiresAt);
  }

  @Transactional
  public void withdraw(long surveyId, long processInstanceKey) {
    Survey survey = require(surveyId);
    if (surveys.withdraw(surveyId, processInstanceKey, clock.instant())) {
      timeline.record(
          survey.ticketId(), TimelineEventType.SURVEY_WITHDRAWN, "The ticket was reopened before the survey went out",
          WORKFLOW, "survey-withdrawn:" + processInstanceKey);
    }
  }

  /** The one reminder; nothing once the customer answered or the survey ended. */
  @Transactional
  public void remind(long surveyId) {
    Survey survey = require(surveyId);
    if (!surveys.markReminded(surveyId, clock.instant())) {
      return;
    }
    events.publishEvent(
        new SurveyMailDue(
            survey.ticketId(), SurveyMailDue.Kind.REMINDER, links.linkFor(surveyId, survey.expiresAt()),
            survey.expiresAt(), "survey:" + surveyId + ":reminder"));
    timeline.record(survey.ticketId(), TimelineEventType.SURVEY_REMINDED, null, WORKFLOW, "survey:" + surveyId + ":reminded");
  }

  /** @param score the stored score when an answer arrived after all, else null */
  public record Expiry(boolean answered, Integer score) {}

  /**
   * Records no response at the expiry, unless an answer is stored already (its message may have
   * been lost between the answer's commit and its publication): the row is the truth.
   */
  @Transactional
  public Expiry expire(long surveyId) {
    Survey survey = require(surveyId);
    if (surveys.markNoResponse(surveyId, clock.instant())) {
      timeline.record(
          survey.ticketId(), TimelineEventType.SURVEY_NO_RESPONSE, "The survey link expired unanswered", WORKFLOW,
          "survey:" + surveyId + ":no-response");
      return new Expiry(false, null);
    }
    Survey ended = require(surveyId);
    return ended.outcome() == SurveyOutcome.ANSWERED ? new Expiry(true, ended.score()) : new Expiry(false, null);
  }

  private Survey require(long surveyId) {
    return surveys.find(surveyId).orElseThrow(() -> new IllegalStateException("No survey " + surveyId));
  }
}
