package no.mediaweb.supportflow.survey;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import no.mediaweb.supportflow.common.RetryingTransactions;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.JobTypes;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class SendSurveyReminderWorker {

  private final SurveyLifecycle lifecycle;
  private final RetryingTransactions transactions;

  SendSurveyReminderWorker(SurveyLifecycle lifecycle, RetryingTransactions transactions) {
    this.lifecycle = lifecycle;
    this.transactions = transactions;
  }

  @JobWorker(type = JobTypes.SEND_SURVEY_REMINDER, fetchVariables = Variables.SURVEY_ID)
  public void sendSurveyReminder(@Variable(name = Variables.SURVEY_ID) long surveyId) {
    transactions.executeWithoutResult(status -> lifecycle.remind(surveyId));
  }
}
