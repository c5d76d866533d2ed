package no.mediaweb.supportflow.ticket;

import java.time.Instant;
import java.util.List;

/** What the customer sees through their link. */
public record CustomerTicket(
    String number,
    String subject,
    TicketStatus status,
    Instant createdAt,
    Instant firstResponseDueAt,
    List<ConversationMessage> messages) {

  public boolean canReply() {
    return status != TicketStatus.CLOSED;
  }

  public boolean canConfirmResolution() {
    return status == TicketStatus.RESOLVED;
  }
}
