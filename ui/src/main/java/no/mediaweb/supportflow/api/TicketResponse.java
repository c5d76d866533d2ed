package no.mediaweb.supportflow.api;

import java.time.Instant;
import java.util.List;
import no.mediaweb.supportflow.attachment.Attachment;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.ConversationMessage;
import no.mediaweb.supportflow.ticket.CustomerTicket;
import no.mediaweb.supportflow.ticket.MessageKind;
import no.mediaweb.supportflow.ticket.TechnicalDetails;
import no.mediaweb.supportflow.ticket.TicketStatus;

/**
 * A ticket as its customer sees it: status, promised response times, the technical details and
 * the conversation with each message's attachments.
 *
 * @param firstResponseDueAt when the first answer is promised
 * @param replyDueAt once answered: when the resolution, or after a reopening the next reply, is due
 */
public record TicketResponse(
    String number,
    String subject,
    TicketStatus status,
    Instant createdAt,
    Instant firstResponseDueAt,
    Instant replyDueAt,
    TechnicalDetails technicalDetails,
    List<Message> messages) {

  /** One message of the conversation. */
  public record Message(
      long id, AuthorType authorType, String authorName, MessageKind kind, String body, Instant createdAt, List<File> attachments) {}

  /** A file attached to a message; download it from {@code href} with the same token header. */
  public record File(long id, String name, String contentType, long sizeBytes, String sha256, String href) {}

  static TicketResponse of(CustomerTicket ticket) {
    return new TicketResponse(
        ticket.number(),
        ticket.subject(),
        ticket.status(),
        ticket.createdAt(),
        ticket.firstResponseDueAt(),
        ticket.answered() ? ticket.replyDueAt() : null,
        ticket.technicalDetails().isEmpty() ? null : ticket.technicalDetails(),
        ticket.messages().stream().map(m -> message(ticket, m)).toList());
  }

  private static Message message(CustomerTicket ticket, ConversationMessage message) {
    return new Message(
        message.id(), message.authorType(), message.authorName(), message.kind(), message.body(), message.createdAt(),
        ticket.attachmentsOf(message.id()).stream().map(a -> file(ticket.number(), a)).toList());
  }

  private static File file(String number, Attachment attachment) {
    return new File(
        attachment.id(), attachment.originalName(), attachment.contentType(), attachment.sizeBytes(), attachment.sha256(),
        "/api/v1/tickets/%s/attachments/%d".formatted(number, attachment.id()));
  }
}
