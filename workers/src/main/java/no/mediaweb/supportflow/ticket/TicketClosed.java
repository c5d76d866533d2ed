package no.mediaweb.supportflow.ticket;

/** Published inside the closing transaction; listeners tidy up what belongs to the ticket. */
public record TicketClosed(long ticketId, CloseReason reason) {}
