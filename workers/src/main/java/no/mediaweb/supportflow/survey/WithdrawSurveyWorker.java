package no.mediaweb.supportflow.survey;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.JobTypes;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class WithdrawSurveyWorker {

  private final SurveyLifecycle lifecycle;

  WithdrawSurveyWorker(SurveyLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.WITHDRAW_SURVEY, fetchVariables = Variables.SURVEY_ID)
  public void withdrawSurvey(ActivatedJob job, @Variable(name = Variables.SURVEY_ID) long surveyId) {
    lifecycle.withdraw(surveyId, job.getProcessInstanceKey());
  }
}
