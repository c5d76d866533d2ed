package no.mediaweb.supportflow.api;

import no.mediaweb.supportflow.ticket.Priority;

/**
 * The new ticket's number, the customer's private link and token to follow it, the priority it was
 * filed with and, when that differs from the request, a notice saying why.
 */
public record CreatedTicketResponse(String number, String customerLink, String ticketToken, Priority priority, String notice) {}
