package no.mediaweb.supportflow.ticket;

/**
 * A new ticket's first-response promise is known: published in the transaction that sets its due
 * dates, on every channel. A redelivered job publishes it again; listeners must be idempotent.
 */
public record TicketOpened(long ticketId) {}
