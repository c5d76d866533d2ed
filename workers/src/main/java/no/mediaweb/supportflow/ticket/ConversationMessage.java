package no.mediaweb.supportflow.ticket;

import java.time.Instant;

public record ConversationMessage(
    long id,
    long ticketId,
    AuthorType authorType,
    String authorName,
    MessageKind kind,
    String body,
    Instant createdAt) {}
