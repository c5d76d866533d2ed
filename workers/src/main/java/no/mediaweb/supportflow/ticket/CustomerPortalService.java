package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer's side of a ticket, reached only with the signed link. */
@Service
public class CustomerPortalService {

  static final int MAX_MESSAGE_LENGTH = CustomerReplies.MAX_MESSAGE_LENGTH;

  private final TicketRepository tickets;
  private final CustomerRepository customers;
  private final Conversation conversation;
  private final Timeline timeline;
  private final TicketWorkflow workflow;
  private final CustomerLinks links;
  private final CustomerReplies replies;

  CustomerPortalService(
      TicketRepository tickets,
      CustomerRepository customers,
      Conversation conversation,
      Timeline timeline,
      TicketWorkflow workflow,
      CustomerLinks links,
      CustomerReplies replies) {
    this.tickets = tickets;
    this.customers = customers;
    this.conversation = conversation;
    this.timeline = timeline;
    this.workflow = workflow;
    this.links = links;
    this.replies = replies;
  }

  @Transactional(readOnly = true)
  public CustomerTicket view(String number, String token) {
    Ticket ticket = authorised(number, token);
    return new CustomerTicket(
        ticket.number(),
        ticket.subject(),
        ticket.status(),
        ticket.createdAt(),
        ticket.firstResponseDueAt(),
        conversation.of(ticket.id()));
  }

  /**
   * Adds the customer's message and tells the workflow. {@code requestKey} identifies the submission,
   * so sending the same form twice adds one message.
   */
  @Transactional
  public void reply(String number, String token, String body, String requestKey) {
    replies.reply(authorised(number, token), body, requestKey);
  }

  @Transactional
  public void confirmResolution(String number, String token) {
    Ticket ticket = authorised(number, token);
    if (ticket.status() != TicketStatus.RESOLVED) {
      throw new BusinessRuleException("There is no proposed resolution to confirm on this ticket right now");
    }
    String name = customers.findById(ticket.customerId()).map(c -> c.name()).orElse("Customer");
    if (timeline.record(
        ticket.id(), TimelineEventType.CUSTOMER_CONFIRMED, null, name,
        "ticket:%d:confirmed:%s".formatted(ticket.id(), ticket.resolvedAt()))) {
      workflow.resolutionConfirmed(number);
    }
  }

  private Ticket authorised(String number, String token) {
    if (!links.isValid(number, token)) {
      throw new NotFoundException("This ticket link is not valid");
    }
    return tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("This ticket link is not valid"));
  }
}
