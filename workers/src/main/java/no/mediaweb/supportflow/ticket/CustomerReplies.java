package no.mediaweb.supportflow.ticket;

import java.util.List;
import no.mediaweb.supportflow.attachment.Attachments;
import no.mediaweb.supportflow.attachment.StoredFile;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's reply on a ticket, whichever way it came (the ticket page, an e-mail): adds the
 * message and tells the workflow, which resumes a ticket waiting on the customer or reopens a
 * resolved one. Callers have already established that the author is the ticket's customer.
 */
@Service
public class CustomerReplies {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerReplies.class);

  static final int MAX_MESSAGE_LENGTH = 20000;

  private final CustomerRepository customers;
  private final Conversation conversation;
  private final Timeline timeline;
  private final TicketWorkflow workflow;
  private final Attachments attachments;

  CustomerReplies(
      CustomerRepository customers,
      Conversation conversation,
      Timeline timeline,
      TicketWorkflow workflow,
      Attachments attachments) {
    this.customers = customers;
    this.conversation = conversation;
    this.timeline = timeline;
    this.workflow = workflow;
    this.attachments = attachments;
  }

  /**
   * Adds the reply unless one with {@code requestKey} was added to this ticket before; returns the
   * message id. A blank, too long or closed-ticket reply is refused with nothing written.
   */
  @Transactional
  public long reply(Ticket ticket, String body, String requestKey) {
    return reply(ticket, body, requestKey, List.of());
  }

  /** As {@link #reply(Ticket, String, String)}, with files already checked and stored. */
  @Transactional
  public long reply(Ticket ticket, String body, String requestKey, List<StoredFile> files) {
    if (body == null || body.isBlank()) {
      throw new BusinessRuleException("Write a message before sending");
    }
    if (body.length() > MAX_MESSAGE_LENGTH) {
      throw new BusinessRuleException("The message must be at most " + MAX_MESSAGE_LENGTH + " characters long");
    }
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new BusinessRuleException("This ticket is closed. Open a new ticket if you need more help.");
    }
    String name = customers.findById(ticket.customerId()).map(c -> c.name()).orElse("Customer");
    long messageId =
        conversation.add(
            ticket.id(), AuthorType.CUSTOMER, name, MessageKind.CUSTOMER_REPLY, body.trim(),
            "customer:" + ticket.number() + ":" + requestKey);
    if (timeline.record(
        ticket.id(), TimelineEventType.CUSTOMER_REPLIED, Conversation.excerpt(body), name, "message:" + messageId)) {
      attachments.link(ticket.id(), messageId, files);
      boolean awaited = ticket.status() == TicketStatus.WAITING_ON_CUSTOMER;
      afterCommit(() -> workflow.customerReplied(ticket.number(), messageId, awaited));
    } else {
      // the same submission again: its message and files are already there
      attachments.discard(files);
    }
    return messageId;
  }

  /**
   * The workflow hears of a reply once it is stored, never of one that is not: a publish inside the
   * transaction would stand though a crash rolled the reply back, and the customer's retry would
   * wake the process twice. A wake-up lost after the commit is sent again by {@link ReplyWakeUps}.
   */
  private static void afterCommit(Runnable publish) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          publish.run();
        } catch (RuntimeException e) {
          LOG.warn("The workflow could not be told of a customer's reply; it will be told again", e);
        }
      }
    });
  }
}
