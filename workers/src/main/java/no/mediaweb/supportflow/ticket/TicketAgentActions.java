package no.mediaweb.supportflow.ticket;

import java.time.Clock;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what agents do on a ticket. Called inside the transaction that completes their task;
 * keyed by the task, so completing the same task twice records once.
 */
@Service
public class TicketAgentActions {

  private final TicketRepository tickets;
  private final Conversation conversation;
  private final Timeline timeline;
  private final Clock clock;

  TicketAgentActions(TicketRepository tickets, Conversation conversation, Timeline timeline, Clock clock) {
    this.tickets = tickets;
    this.conversation = conversation;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** {@code evenIfClosed} keeps an answer the workflow took before a crash, though the ticket has been closed since. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordResponse(
      long ticketId, long taskKey, String agentUsername, String agentName, AgentResponse response, boolean firstResponse,
      boolean evenIfClosed) {
    if (response.body() == null || response.body().isBlank()) {
      throw new BusinessRuleException("Write a message to the customer first");
    }
    if (response.body().length() > CustomerPortalService.MAX_MESSAGE_LENGTH) {
      throw new BusinessRuleException(
          "The message must be at most " + CustomerPortalService.MAX_MESSAGE_LENGTH + " characters long");
    }
    Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> new NotFoundException("No ticket " + ticketId));
    if (ticket.status() == TicketStatus.CLOSED && !evenIfClosed) {
      throw new BusinessRuleException("Ticket " + ticket.number() + " is closed");
    }
    MessageKind kind =
        switch (response.action()) {
          case REPLY -> MessageKind.REPLY;
          case REQUEST_INFO -> MessageKind.INFO_REQUEST;
          case PROPOSE_RESOLUTION -> MessageKind.RESOLUTION;
        };
    TimelineEventType event =
        switch (response.action()) {
          case REPLY -> TimelineEventType.AGENT_REPLIED;
          case REQUEST_INFO -> TimelineEventType.INFO_REQUESTED;
          case PROPOSE_RESOLUTION -> TimelineEventType.RESOLUTION_PROPOSED;
        };
    String taskRef = "task:" + taskKey;
    conversation.add(ticketId, AuthorType.AGENT, agentName, kind, response.body().strip(), taskRef + ":message");
    tickets.assign(ticketId, agentUsername, clock.instant());
    if (firstResponse && tickets.recordFirstResponse(ticketId, clock.instant()) == 1) {
      timeline.record(ticketId, TimelineEventType.FIRST_RESPONSE_SENT, null, agentName, taskRef + ":first-response");
    }
    timeline.record(ticketId, event, Conversation.excerpt(response.body()), agentName, taskRef + ":response");
  }
}
