package no.mediaweb.supportflow.ticket;

/** Published inside the resolving transaction (again on a redelivered job). */
public record TicketResolved(long ticketId) {}
