package no.mediaweb.supportflow.ticket;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.common.RetryingTransactions;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

@Component
public class SendCustomerReminderWorker {

  private final TicketLifecycle lifecycle;
  private final RetryingTransactions transactions;

  SendCustomerReminderWorker(TicketLifecycle lifecycle, RetryingTransactions transactions) {
    this.lifecycle = lifecycle;
    this.transactions = transactions;
  }

  @JobWorker(type = JobTypes.SEND_CUSTOMER_REMINDER, fetchVariables = Variables.TICKET_ID)
  public void sendCustomerReminder(ActivatedJob job, @Variable(name = Variables.TICKET_ID) long ticketId) {
    if (!transactions.execute(status -> lifecycle.sendReminder(ticketId, Jobs.key(job, "sendCustomerReminder")))) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
