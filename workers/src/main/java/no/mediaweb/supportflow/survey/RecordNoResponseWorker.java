package no.mediaweb.supportflow.survey;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.JobTypes;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class RecordNoResponseWorker {

  /** {@code surveyScore} is null unless an answer was stored after all. */
  public record ExpiredSurvey(boolean surveyAnswered, Integer surveyScore) {}

  private final SurveyLifecycle lifecycle;

  RecordNoResponseWorker(SurveyLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.RECORD_NO_RESPONSE, fetchVariables = Variables.SURVEY_ID)
  public ExpiredSurvey recordNoResponse(@Variable(name = Variables.SURVEY_ID) long surveyId) {
    SurveyLifecycle.Expiry expiry = lifecycle.expire(surveyId);
    return new ExpiredSurvey(expiry.answered(), expiry.score());
  }
}
