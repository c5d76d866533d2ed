package no.mediaweb.supportflow.ticket;

/** Published inside the transaction that reopens a resolved ticket (once: a redelivery finds it reopened). */
public record TicketReopened(long ticketId) {}
