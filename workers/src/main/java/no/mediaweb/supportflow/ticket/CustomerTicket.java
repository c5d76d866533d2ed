package no.mediaweb.supportflow.ticket;

import java.time.Instant;
import java.util.List;
import no.mediaweb.supportflow.attachment.Attachment;

/**
 * What the customer sees through their link.
 *
 * @param replyDueAt the target the ticket runs against once answered: resolution, or after a
 *     reopening the next reply
 */
public record CustomerTicket(
    String number,
    String subject,
    TicketStatus status,
    Instant createdAt,
    Instant firstResponseDueAt,
    Instant replyDueAt,
    List<ConversationMessage> messages,
    TechnicalDetails technicalDetails,
    List<Attachment> attachments) {

  public boolean canReply() {
    return status != TicketStatus.CLOSED;
  }

  public boolean canConfirmResolution() {
    return status == TicketStatus.RESOLVED;
  }

  /** A reply while the resolution waits for confirmation reopens the ticket ("this did not solve it"). */
  public boolean canReopen() {
    return status == TicketStatus.RESOLVED;
  }

  public boolean answered() {
    return messages.stream().anyMatch(m -> m.authorType() == AuthorType.AGENT);
  }

  public List<Attachment> attachmentsOf(long messageId) {
    return attachments.stream().filter(a -> a.messageId() != null && a.messageId() == messageId).toList();
  }
}
