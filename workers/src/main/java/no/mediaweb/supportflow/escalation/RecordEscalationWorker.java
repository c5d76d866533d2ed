package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.processes.EscalationProcess.JobTypes;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import no.mediaweb.supportflow.processes.EscalationProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class RecordEscalationWorker {

  private final EscalationLifecycle lifecycle;

  RecordEscalationWorker(EscalationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.RECORD_ESCALATION)
  public void record(
      ActivatedJob job,
      @Variable(name = no.mediaweb.supportflow.processes.SupportTicketProcess.Variables.TICKET_ID) long ticketId,
      @Variable(name = Variables.ESCALATION_KEY) String key,
      @Variable(name = Variables.ESCALATION_TRIGGER) String trigger,
      @Variable(name = Variables.ESCALATION_REQUESTED_BY) String requestedBy,
      @Variable(name = Variables.ESCALATION_REASON) String reason,
      @Variable(name = Variables.ESCALATION_NOTE) String note,
      @Variable(name = Variables.ROUTING) Routing routing) {
    lifecycle.record(
        job.getProcessInstanceKey(), key, ticketId, Trigger.valueOf(trigger), requestedBy, reason, note, routing);
  }
}
