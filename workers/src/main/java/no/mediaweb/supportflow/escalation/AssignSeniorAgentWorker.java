package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class AssignSeniorAgentWorker {

  private final EmergencyLifecycle emergencies;

  AssignSeniorAgentWorker(EmergencyLifecycle emergencies) {
    this.emergencies = emergencies;
  }

  @JobWorker(type = JobTypes.ASSIGN_SENIOR_AGENT, fetchVariables = Variables.TICKET_ID)
  public Map<String, Object> assign(@Variable(name = Variables.TICKET_ID) long ticketId) {
    return Map.of(Variables.TICKET_OWNER, emergencies.assignSeniorAgent(ticketId));
  }
}
