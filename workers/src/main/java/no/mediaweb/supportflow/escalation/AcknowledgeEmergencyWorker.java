package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class AcknowledgeEmergencyWorker {

  private final EmergencyLifecycle emergencies;

  AcknowledgeEmergencyWorker(EmergencyLifecycle emergencies) {
    this.emergencies = emergencies;
  }

  @JobWorker(type = JobTypes.ACKNOWLEDGE_EMERGENCY, fetchVariables = Variables.TICKET_ID)
  public void acknowledge(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    if (!emergencies.acknowledge(ticketId)) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
