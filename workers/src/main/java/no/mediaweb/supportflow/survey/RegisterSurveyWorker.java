package no.mediaweb.supportflow.survey;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.JobTypes;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class RegisterSurveyWorker {

  private final SurveyLifecycle lifecycle;

  RegisterSurveyWorker(SurveyLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.REGISTER_SURVEY, fetchVariables = Variables.TICKET_ID)
  public SurveyLifecycle.Registration registerSurvey(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    return lifecycle
        .register(ticketId, job.getProcessInstanceKey())
        .orElseThrow(() -> Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet"));
  }
}
