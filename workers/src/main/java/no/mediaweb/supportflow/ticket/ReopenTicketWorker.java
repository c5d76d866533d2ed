package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import no.mediaweb.supportflow.sla.ResolutionDueDates;
import org.springframework.stereotype.Component;

@Component
public class ReopenTicketWorker {

  private final TicketLifecycle lifecycle;

  ReopenTicketWorker(TicketLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.REOPEN_TICKET, fetchVariables = Variables.TICKET_ID)
  public ResolutionDueDates reopenTicket(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    return lifecycle
        .reopen(ticketId, Jobs.key(job, "reopen"))
        .orElseThrow(() -> Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet"));
  }
}
