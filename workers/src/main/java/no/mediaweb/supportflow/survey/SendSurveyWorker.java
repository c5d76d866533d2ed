package no.mediaweb.supportflow.survey;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import no.mediaweb.supportflow.common.RetryingTransactions;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Errors;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.JobTypes;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class SendSurveyWorker {

  /** The link's expiry, the date of the process's expiry timer (ISO-8601). */
  public record SentSurvey(String surveyExpiresAt) {}

  private final SurveyLifecycle lifecycle;
  private final RetryingTransactions transactions;

  SendSurveyWorker(SurveyLifecycle lifecycle, RetryingTransactions transactions) {
    this.lifecycle = lifecycle;
    this.transactions = transactions;
  }

  @JobWorker(type = JobTypes.SEND_SURVEY, fetchVariables = {Variables.SURVEY_ID, Variables.SURVEY_EXPIRY})
  public SentSurvey sendSurvey(
      @Variable(name = Variables.SURVEY_ID) long surveyId, @Variable(name = Variables.SURVEY_EXPIRY) String expiry) {
    return switch (transactions.execute(status -> lifecycle.send(surveyId, Duration.parse(expiry)))) {
      case SurveyLifecycle.Sending.Sent sent -> new SentSurvey(sent.expiresAt().toString());
      case SurveyLifecycle.Sending.TicketReopened reopened ->
          throw CamundaError.bpmnError(Errors.TICKET_REOPENED, "The ticket was reopened before the survey went out");
    };
  }
}
