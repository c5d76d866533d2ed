package no.mediaweb.supportflow.ticket;

/**
 * Support wrote to the customer on a ticket (a reply, an information request, a proposed
 * resolution, a reminder, an emergency notice). Published once, in the transaction that added the
 * message, so whatever listens is stored with the message or not at all.
 */
public record SupportMessagePosted(long ticketId, long messageId, MessageKind kind, String authorName, String body) {}
