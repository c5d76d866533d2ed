package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.processes.EscalationProcess.JobTypes;
import org.springframework.stereotype.Component;

@Component
public class HandOverEscalationWorker {

  private final EscalationLifecycle lifecycle;

  HandOverEscalationWorker(EscalationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.HAND_OVER_ESCALATION, fetchVariables = {})
  public void handOver(ActivatedJob job) {
    lifecycle.handOver(job.getProcessInstanceKey());
  }
}
