package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.processes.EscalationProcess.JobTypes;
import org.springframework.stereotype.Component;

@Component
public class ApproveEscalationOnBreachWorker {

  private final EscalationLifecycle lifecycle;

  ApproveEscalationOnBreachWorker(EscalationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.APPROVE_ESCALATION_ON_BREACH, fetchVariables = {})
  public void approve(ActivatedJob job) {
    lifecycle.approveOnBreach(job.getProcessInstanceKey());
  }
}
