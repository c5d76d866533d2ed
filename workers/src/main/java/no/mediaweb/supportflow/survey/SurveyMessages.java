package no.mediaweb.supportflow.survey;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Messages;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketReopened;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketResolved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells satisfaction-survey.bpmn what happened to its ticket: a resolution starts a survey, a
 * reopen withdraws one still waiting, an answer moves it on. Message ids make repeats harmless.
 */
@Component
class SurveyMessages {

  /** An answer waits this long for its survey instance (a link is only out while one waits). */
  private static final Duration ANSWER_TTL = Duration.ofHours(1);

  private final TicketRepository tickets;
  private final SurveyProperties properties;
  private final CamundaClient client;

  SurveyMessages(TicketRepository tickets, SurveyProperties properties, CamundaClient client) {
    this.tickets = tickets;
    this.properties = properties;
    this.client = client;
  }

  /** The process variables a survey starts with. */
  record SurveyStart(long ticketId, String ticketNumber, String surveyDelay, String surveyReminderAfter, String surveyExpiry) {}

  record SurveyAnswer(boolean surveyAnswered, int surveyScore) {}

  /**
   * Published inside the resolving transaction, like the event. The survey of a ticket resolved
   * again waits (buffered) until the running one ends, then records that it is not repeated.
   */
  @EventListener
  void on(TicketResolved event) {
    tickets.findById(event.ticketId()).filter(t -> t.resolvedAt() != null).ifPresent(this::requestSurvey);
  }

  @EventListener
  void on(TicketReopened event) {
    tickets.findById(event.ticketId()).ifPresent(ticket -> publish(
        Messages.TICKET_REOPENED, ticket.number(), null, Duration.ZERO, null));
  }

  void answered(Survey survey, String ticketNumber) {
    publish(
        Messages.SURVEY_ANSWERED,
        ticketNumber,
        "survey-answered-" + survey.id(),
        ANSWER_TTL,
        new SurveyAnswer(true, survey.score()));
  }

  private void requestSurvey(Ticket ticket) {
    SurveyStart start =
        new SurveyStart(
            ticket.id(), ticket.number(), properties.delay().toString(), properties.reminderAfter().toString(),
            properties.expiry().toString());
    Duration ttl = properties.delay().plus(properties.expiry()).plusDays(1);
    publish(
        Messages.SURVEY_REQUESTED,
        ticket.number(),
        "survey-requested-" + ticket.id() + "-" + ticket.resolvedAt().toEpochMilli(),
        ttl,
        start);
  }

  private void publish(String name, String correlationKey, String messageId, Duration ttl, Object variables) {
    var command = client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).timeToLive(ttl);
    if (messageId != null) {
      command = command.messageId(messageId);
    }
    if (variables != null) {
      command = command.variables(variables);
    }
    try {
      command.send().join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
