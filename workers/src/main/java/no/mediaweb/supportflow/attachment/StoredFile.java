package no.mediaweb.supportflow.attachment;

/**
 * A checked file written to the attachment directory but not yet linked to a ticket.
 *
 * @param storageKey the random file name in the attachment directory
 * @param displayName the customer's file name, sanitised; shown, never used as a path
 */
public record StoredFile(String storageKey, String displayName, AttachmentType type, long sizeBytes, String sha256) {}
