package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.common.RetryingTransactions;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class AcknowledgeEmergencyWorker {

  private final EmergencyLifecycle emergencies;
  private final RetryingTransactions transactions;

  AcknowledgeEmergencyWorker(EmergencyLifecycle emergencies, RetryingTransactions transactions) {
    this.emergencies = emergencies;
    this.transactions = transactions;
  }

  @JobWorker(type = JobTypes.ACKNOWLEDGE_EMERGENCY, fetchVariables = Variables.TICKET_ID)
  public void acknowledge(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    if (!transactions.execute(status -> emergencies.acknowledge(ticketId))) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
