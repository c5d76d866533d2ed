package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.processes.EscalationProcess.Audience;
import no.mediaweb.supportflow.processes.EscalationProcess.Headers;
import no.mediaweb.supportflow.processes.EscalationProcess.JobTypes;
import org.springframework.stereotype.Component;

@Component
public class SendEscalationReminderWorker {

  private final EscalationLifecycle lifecycle;

  SendEscalationReminderWorker(EscalationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.SEND_ESCALATION_REMINDER, fetchVariables = {})
  public void remind(ActivatedJob job) {
    lifecycle.remind(
        job.getProcessInstanceKey(),
        Audience.valueOf(job.getCustomHeaders().get(Headers.AUDIENCE)),
        String.valueOf(job.getElementInstanceKey()));
  }
}
