package no.mediaweb.supportflow.inbox;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.common.Jobs;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Takes every job-based user task into the inbox. The job stays activated until an agent completes
 * it, and comes back every few minutes: a redelivery finds the stored row and changes nothing, and
 * a task whose first delivery died with the application (before it was stored) reaches the inbox at
 * the next one. A task without a ticket (the monthly metrics review) is stored as it comes, with no
 * routing.
 */
@Component
public class UserTaskInboxWorker {

  static final long REDELIVERY_MILLIS = 5L * 60 * 1000;

  private final InboxService inbox;

  UserTaskInboxWorker(InboxService inbox) {
    this.inbox = inbox;
  }

  /** The variables the inbox reads; {@code ticketId} is absent on tasks without a ticket. */
  public record TaskVariables(Long ticketId) {}

  @JobWorker(
      type = JobTypes.USER_TASK,
      autoComplete = false,
      timeout = REDELIVERY_MILLIS,
      fetchVariables = Variables.TICKET_ID)
  public void storeInInbox(ActivatedJob job) {
    storeInInbox(job, job.getVariablesAsType(TaskVariables.class).ticketId());
  }

  void storeInInbox(ActivatedJob job, Long ticketId) {
    if (ticketId == null) {
      inbox.storeWithoutTicket(job);
      return;
    }
    if (!inbox.store(job, ticketId)) {
      throw Jobs.retryLater(job, "Ticket " + ticketId + " is not visible yet");
    }
  }
}
