package no.mediaweb.supportflow.mail;

import java.time.Instant;

/** A row of the outbox. */
public record OutgoingMail(
    long id,
    String mailKey,
    Long ticketId,
    String recipientEmail,
    String recipientName,
    String language,
    MailTemplate template,
    String subject,
    String textBody,
    String htmlBody,
    String messageId,
    MailStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt) {}
