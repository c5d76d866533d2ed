package no.mediaweb.supportflow.api;

/** The customer's message as added to the ticket, with the number of files attached to it. */
public record CreatedMessageResponse(long messageId, int attachments) {}
