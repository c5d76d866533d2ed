package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.common.RetryingTransactions;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import no.mediaweb.supportflow.sla.DueDates;
import no.mediaweb.supportflow.sla.SlaTargets;
import org.springframework.stereotype.Component;

@Component
public class ComputeDueDatesWorker {

  public record Input(long ticketId, SlaTargets slaTargets) {}

  private final TicketSlaService sla;
  private final RetryingTransactions transactions;

  ComputeDueDatesWorker(TicketSlaService sla, RetryingTransactions transactions) {
    this.sla = sla;
    this.transactions = transactions;
  }

  @JobWorker(type = JobTypes.COMPUTE_DUE_DATES, fetchVariables = {Variables.TICKET_ID, Variables.SLA_TARGETS})
  public DueDates computeDueDates(ActivatedJob job, @VariablesAsType Input input) {
    if (input.slaTargets() == null) {
      throw new IllegalStateException("The SLA policy has no targets for this ticket's plan and priority");
    }
    return transactions.execute(status -> sla.applyTargets(input.ticketId(), input.slaTargets()))
        .orElseThrow(() -> Jobs.retryLater(job, "Ticket " + input.ticketId() + " is not visible yet"));
  }
}
