package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class MarkWaitingOnCustomerWorker {

  private final TicketLifecycle lifecycle;

  MarkWaitingOnCustomerWorker(TicketLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.MARK_WAITING_ON_CUSTOMER, fetchVariables = Variables.TICKET_ID)
  public void markWaitingOnCustomer(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    if (!lifecycle.markWaitingOnCustomer(ticketId, Jobs.key(job, "markWaitingOnCustomer"))) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
