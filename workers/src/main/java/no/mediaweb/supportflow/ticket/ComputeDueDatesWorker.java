package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.common.RetryingTransactions;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import no.mediaweb.supportflow.sla.DueDates;
import no.mediaweb.supportflow.sla.SlaTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ticket's first job. Its ticket may not be visible yet (the intake's transaction commits just
 * after starting the process): the job comes back every few seconds, retries kept. A ticket still
 * missing two minutes after the intake never will be (that transaction rolled back): the process is
 * discarded rather than left as an incident.
 */
@Component
public class ComputeDueDatesWorker {

  static final Duration NOT_VISIBLE_BACKOFF = Duration.ofSeconds(5);
  static final Duration DISCARD_AFTER = Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(ComputeDueDatesWorker.class);

  /** {@code openedAt} is absent on processes started before it was a variable. */
  public record Input(long ticketId, SlaTargets slaTargets, String openedAt) {}

  private final TicketSlaService sla;
  private final RetryingTransactions transactions;
  private final TicketWorkflow workflow;
  private final Clock clock;

  ComputeDueDatesWorker(TicketSlaService sla, RetryingTransactions transactions, TicketWorkflow workflow, Clock clock) {
    this.sla = sla;
    this.transactions = transactions;
    this.workflow = workflow;
    this.clock = clock;
  }

  @JobWorker(
      type = JobTypes.COMPUTE_DUE_DATES,
      fetchVariables = {Variables.TICKET_ID, Variables.SLA_TARGETS, Variables.OPENED_AT})
  public DueDates computeDueDates(ActivatedJob job, @VariablesAsType Input input) {
    if (input.slaTargets() == null) {
      throw new IllegalStateException("The SLA policy has no targets for this ticket's plan and priority");
    }
    return transactions.execute(status -> sla.applyTargets(input.ticketId(), input.slaTargets()))
        .orElseThrow(() -> notVisible(job, input));
  }

  private RuntimeException notVisible(ActivatedJob job, Input input) {
    String message = "Ticket " + input.ticketId() + " is not visible yet";
    if (input.openedAt() == null) {
      return Jobs.retryLater(job, message);
    }
    if (Instant.parse(input.openedAt()).plus(DISCARD_AFTER).isBefore(clock.instant())) {
      LOG.warn("Ticket {} was never stored (its intake rolled back after starting process {}): discarding the process",
          input.ticketId(), job.getProcessInstanceKey());
      workflow.discard(job.getProcessInstanceKey());
      return CamundaError.jobError("Discarded: ticket " + input.ticketId() + " was never stored", null, 0, Duration.ZERO);
    }
    return CamundaError.jobError(message, null, job.getRetries(), NOT_VISIBLE_BACKOFF);
  }
}
