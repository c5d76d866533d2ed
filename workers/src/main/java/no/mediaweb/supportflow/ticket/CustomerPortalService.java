package no.mediaweb.supportflow.ticket;

import java.util.List;
import no.mediaweb.supportflow.attachment.AttachmentContent;
import no.mediaweb.supportflow.attachment.Attachments;
import no.mediaweb.supportflow.attachment.StoredFile;
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
  private final TicketTechnicalDetails technicalDetails;
  private final Attachments attachments;

  CustomerPortalService(
      TicketRepository tickets,
      CustomerRepository customers,
      Conversation conversation,
      Timeline timeline,
      TicketWorkflow workflow,
      CustomerLinks links,
      CustomerReplies replies,
      TicketTechnicalDetails technicalDetails,
      Attachments attachments) {
    this.tickets = tickets;
    this.customers = customers;
    this.conversation = conversation;
    this.timeline = timeline;
    this.workflow = workflow;
    this.links = links;
    this.replies = replies;
    this.technicalDetails = technicalDetails;
    this.attachments = attachments;
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
        ticket.resolutionDueAt(),
        conversation.of(ticket.id()),
        technicalDetails.of(ticket.id()),
        attachments.ofTicket(ticket.id()));
  }

  /** One of the ticket's attachments, opened for the holder of the link. */
  @Transactional(readOnly = true)
  public AttachmentContent attachment(String number, String token, long attachmentId) {
    Ticket ticket = authorised(number, token);
    return attachments
        .find(ticket.id(), attachmentId)
        .map(attachments::open)
        .orElseThrow(() -> new NotFoundException("This attachment does not exist"));
  }

  /**
   * Adds the customer's message and tells the workflow. {@code requestKey} identifies the submission,
   * so sending the same form twice adds one message.
   */
  @Transactional
  public long reply(String number, String token, String body, String requestKey) {
    return reply(number, token, body, requestKey, List.of());
  }

  /**
   * Adds the customer's message with files already checked and stored; the files are deleted if
   * the message is not added. Returns the message's id.
   */
  @Transactional
  public long reply(String number, String token, String body, String requestKey, List<StoredFile> files) {
    attachments.deleteOnRollback(files);
    return replies.reply(authorised(number, token), body, requestKey, files);
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
