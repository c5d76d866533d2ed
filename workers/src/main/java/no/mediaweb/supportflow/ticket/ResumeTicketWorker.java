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
public class ResumeTicketWorker {

  private final TicketLifecycle lifecycle;

  ResumeTicketWorker(TicketLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.RESUME_TICKET, fetchVariables = Variables.TICKET_ID)
  public ResolutionDueDates resumeTicket(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    return lifecycle
        .resume(ticketId, Jobs.key(job, "resumeTicket"))
        .orElseThrow(() -> Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet"));
  }
}
