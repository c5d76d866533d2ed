package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Headers;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class MarkSlaBreachedWorker {

  private final TicketSlaService sla;

  MarkSlaBreachedWorker(TicketSlaService sla) {
    this.sla = sla;
  }

  @JobWorker(type = JobTypes.MARK_SLA_BREACHED, fetchVariables = Variables.TICKET_ID)
  public void markBreached(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    SlaTarget target = SlaTarget.valueOf(job.getCustomHeaders().get(Headers.SLA_TARGET));
    if (!sla.markBreached(ticketId, target)) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
