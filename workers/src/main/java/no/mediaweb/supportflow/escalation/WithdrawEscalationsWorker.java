package no.mediaweb.supportflow.escalation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class WithdrawEscalationsWorker {

  private final EscalationLifecycle lifecycle;

  WithdrawEscalationsWorker(EscalationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @JobWorker(type = JobTypes.WITHDRAW_ESCALATIONS, fetchVariables = Variables.TICKET_ID)
  public void withdraw(@Variable(name = Variables.TICKET_ID) long ticketId) {
    lifecycle.withdrawOpen(ticketId);
  }
}
