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
public class MarkSlaAtRiskWorker {

  private final TicketSlaService sla;

  MarkSlaAtRiskWorker(TicketSlaService sla) {
    this.sla = sla;
  }

  @JobWorker(type = JobTypes.MARK_SLA_AT_RISK, fetchVariables = Variables.TICKET_ID)
  public void markAtRisk(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    SlaTarget target = SlaTarget.valueOf(job.getCustomHeaders().get(Headers.SLA_TARGET));
    if (!sla.markAtRisk(ticketId, target)) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
