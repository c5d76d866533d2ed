package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class EngageEngineeringWorker {

  private final EmergencyLifecycle emergencies;

  EngageEngineeringWorker(EmergencyLifecycle emergencies) {
    this.emergencies = emergencies;
  }

  @JobWorker(type = JobTypes.ENGAGE_ENGINEERING, fetchVariables = Variables.TICKET_ID)
  public void engage(@Variable(name = Variables.TICKET_ID) long ticketId) {
    emergencies.engageEngineering(ticketId);
  }
}
