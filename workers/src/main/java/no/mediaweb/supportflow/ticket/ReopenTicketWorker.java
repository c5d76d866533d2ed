package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import no.mediaweb.supportflow.sla.ResolutionDueDates;
import no.mediaweb.supportflow.sla.SlaTargets;
import org.springframework.stereotype.Component;

@Component
public class ReopenTicketWorker {

  public record Input(long ticketId, SlaTargets slaTargets) {}

  private final TicketLifecycle lifecycle;

  ReopenTicketWorker(TicketLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.REOPEN_TICKET, fetchVariables = {Variables.TICKET_ID, Variables.SLA_TARGETS})
  public ResolutionDueDates reopenTicket(ActivatedJob job, @VariablesAsType Input input) {
    return lifecycle
        .reopen(input.ticketId(), input.slaTargets().resolution(), Jobs.key(job, "reopen"))
        .orElseThrow(() -> Jobs.retryLater(job, "Ticket " + input.ticketId() + " is not visible yet"));
  }
}
