package no.mediaweb.supportflow.escalation;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Messages;
import no.mediaweb.supportflow.ticket.SlaBreached;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketClosed;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketResolved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the escalation and emergency processes what happened to their ticket: a breach approves
 * pending escalations at once; resolution and closure move the emergency response on. Message ids
 * make repeats (redelivered jobs) harmless.
 */
@Component
class TicketEventMessages {

  private static final Duration EMERGENCY_TTL = Duration.ofHours(1);

  private final Escalations escalations;
  private final TicketRepository tickets;
  private final CamundaClient client;

  TicketEventMessages(Escalations escalations, TicketRepository tickets, CamundaClient client) {
    this.escalations = escalations;
    this.tickets = tickets;
    this.client = client;
  }

  @EventListener
  void on(SlaBreached event) {
    for (Escalation escalation : escalations.openOfTicket(event.ticketId())) {
      if (escalation.state() == EscalationState.AWAITING_APPROVAL) {
        client
            .newPublishMessageCommand()
            .messageName(EscalationProcess.Messages.ESCALATION_EXPEDITED)
            .correlationKey(escalation.escalationKey())
            .messageId("expedite-" + escalation.escalationKey() + "-" + event.target())
            .timeToLive(Duration.ZERO)
            .send()
            .join();
      }
    }
  }

  @EventListener
  void on(TicketResolved event) {
    tickets.findById(event.ticketId()).filter(Ticket::emergency).ifPresent(t -> publish(Messages.TICKET_RESOLVED, t, t.resolvedAt()));
  }

  @EventListener
  void on(TicketClosed event) {
    tickets.findById(event.ticketId()).filter(Ticket::emergency).ifPresent(t -> publish(Messages.TICKET_CLOSED, t, t.closedAt()));
  }

  private void publish(String message, Ticket ticket, java.time.Instant when) {
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey(ticket.number())
        .messageId(message + "-" + ticket.id() + "-" + when)
        .timeToLive(EMERGENCY_TTL)
        .send()
        .join();
  }
}
