package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class AlertMissedStatusUpdateWorker {

  private final EmergencyLifecycle emergencies;

  AlertMissedStatusUpdateWorker(EmergencyLifecycle emergencies) {
    this.emergencies = emergencies;
  }

  @JobWorker(type = JobTypes.ALERT_MISSED_STATUS_UPDATE, fetchVariables = Variables.TICKET_ID)
  public void alert(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    emergencies.alertMissedUpdate(ticketId, String.valueOf(job.getElementInstanceKey()));
  }
}
