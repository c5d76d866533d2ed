package no.mediaweb.supportflow.ticket;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
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
      String autoConfirmAfter) {}

  private static final Duration CONFIRMATION_TTL = Duration.ofMinutes(1);

  private final CamundaClient client;

  TicketWorkflow(CamundaClient client) {
    this.client = client;
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
   * Tells the process the customer wrote. Only a waiting step catches it (time to live zero): a
   * reply while an agent works is read in the conversation. The message id deduplicates retries.
   */
  void customerReplied(String ticketNumber, long messageId) {
    client
        .newPublishMessageCommand()
        .messageName(Messages.CUSTOMER_REPLIED)
        .correlationKey(ticketNumber)
        .messageId("customer-message-" + messageId)
        .timeToLive(Duration.ZERO)
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
