package no.mediaweb.supportflow.inbox;

import java.time.Instant;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;

/** A workflow task as the inbox shows it, with what the agent needs to pick the next one. */
public record InboxTask(
    long jobKey,
    long processInstanceKey,
    long ticketId,
    String ticketNumber,
    String subject,
    String customerName,
    Plan plan,
    Priority priority,
    String elementId,
    String name,
    String candidateGroup,
    String assignee,
    TaskState state,
    Instant dueAt,
    SlaState slaState,
    Instant createdAt) {

  public boolean isFirstResponse() {
    return no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.SEND_FIRST_RESPONSE.equals(elementId);
  }
}
