package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Headers;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class CloseTicketWorker {

  private final TicketLifecycle lifecycle;

  CloseTicketWorker(TicketLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.CLOSE_TICKET, fetchVariables = Variables.TICKET_ID)
  public void closeTicket(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    CloseReason reason = CloseReason.valueOf(job.getCustomHeaders().get(Headers.CLOSE_REASON));
    if (!lifecycle.close(ticketId, reason, Jobs.key(job, "close"))) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
