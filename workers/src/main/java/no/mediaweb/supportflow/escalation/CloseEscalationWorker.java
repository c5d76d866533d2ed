package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.processes.EscalationProcess.Headers;
import no.mediaweb.supportflow.processes.EscalationProcess.JobTypes;
import no.mediaweb.supportflow.processes.EscalationProcess.Outcome;
import org.springframework.stereotype.Component;

@Component
public class CloseEscalationWorker {

  private final EscalationLifecycle lifecycle;

  CloseEscalationWorker(EscalationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.CLOSE_ESCALATION, fetchVariables = {})
  public void close(ActivatedJob job) {
    lifecycle.close(job.getProcessInstanceKey(), Outcome.valueOf(job.getCustomHeaders().get(Headers.OUTCOME)));
  }
}
