package no.mediaweb.supportflow.ticket;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import no.mediaweb.supportflow.sla.DueDates;
import no.mediaweb.supportflow.sla.SlaTargets;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Messages;
import org.springframework.stereotype.Component;

/** Commands this feature sends to the ticket's process instance. */
@Component
public class TicketWorkflow {

  /** Variables a ticket's process instance starts with. */
  public record StartVariables(
      long ticketId,
      String ticketNumber,
      String plan,
      String priority,
      boolean firstResponseSent,
      String reminderAfter,
      String autoCloseAfter,
      String autoConfirmAfter,
      String category,
      String openedAt) {}

  private static final Duration CONFIRMATION_TTL = Duration.ofMinutes(1);
  private static final Duration AWAITED_REPLY_TTL = Duration.ofMinutes(1);

  private final CamundaClient client;

  TicketWorkflow(CamundaClient client) {
    this.client = client;
  }

  /**
   * Ends a process whose ticket was never stored: the intake started it, then its transaction
   * rolled back (the application died or lost the database before the commit). A process already
   * gone is fine.
   */
  void discard(long processInstanceKey) {
    try {
      client.newCancelInstanceCommand(processInstanceKey).send().join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.NOT_FOUND) {
        throw e;
      }
    }
  }

  /** Starts the ticket's process and returns its instance key. */
  long start(StartVariables variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(SupportTicketProcess.PROCESS_ID)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /**
   * Tells the process the customer wrote. A ticket waiting on the customer keeps the message for a
   * minute, so a reply sent while the wait step is still opening is not lost; otherwise only a
   * waiting step catches it (time to live zero) and the agent reads the reply in the conversation.
   * The message id deduplicates retries while the first is buffered.
   */
  void customerReplied(String ticketNumber, long messageId, boolean awaited) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(Messages.CUSTOMER_REPLIED)
          .correlationKey(ticketNumber)
          .messageId("customer-message-" + messageId)
          .timeToLive(awaited ? AWAITED_REPLY_TTL : Duration.ZERO)
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }

  /** New targets and due dates for the ticket's active agent step, which re-arms its timers. */
  void slaTargetsChanged(String ticketNumber, SlaTargets targets, DueDates due) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.SLA_TARGETS, targets);
    variables.put(Variables.FIRST_RESPONSE_DUE_AT, due.firstResponseDueAt());
    variables.put(Variables.FIRST_RESPONSE_AT_RISK_AT, due.firstResponseAtRiskAt());
    variables.put(Variables.RESOLUTION_DUE_AT, due.resolutionDueAt());
    variables.put(Variables.RESOLUTION_AT_RISK_AT, due.resolutionAtRiskAt());
    client
        .newPublishMessageCommand()
        .messageName(Messages.SLA_TARGETS_CHANGED)
        .correlationKey(ticketNumber)
        .messageId("sla-targets-changed-" + UUID.randomUUID())
        .timeToLive(Duration.ZERO)
        .variables(variables)
        .send()
        .join();
  }

  /** A confirmation already published (same message id, still buffered) is not an error. */
  void resolutionConfirmed(String ticketNumber) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(Messages.RESOLUTION_CONFIRMED)
          .correlationKey(ticketNumber)
          .messageId("resolution-confirmed-" + ticketNumber)
          .timeToLive(CONFIRMATION_TTL)
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
