package no.mediaweb.supportflow.ticket;

/** A ticket just opened: its number and the customer's private link to it. */
public record OpenedTicket(long id, String number, String customerLink) {}
