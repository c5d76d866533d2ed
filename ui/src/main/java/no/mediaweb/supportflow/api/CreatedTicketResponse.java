package no.mediaweb.supportflow.api;

/** The new ticket's number and the customer's private link to follow it. */
public record CreatedTicketResponse(String number, String customerLink) {}
