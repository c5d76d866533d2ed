package no.mediaweb.supportflow.attachment;

import java.time.Instant;

/** A file attached to a ticket, or to one of its messages when {@code messageId} is set. */
public record Attachment(
    long id,
    long ticketId,
    Long messageId,
    String originalName,
    String contentType,
    long sizeBytes,
    String sha256,
    String storageKey,
    Instant createdAt) {

  /** The size for people: bytes, KB or MB. */
  public String readableSize() {
    if (sizeBytes < 1024) {
      return sizeBytes + " B";
    }
    if (sizeBytes < 1024 * 1024) {
      return "%.0f KB".formatted(sizeBytes / 1024.0);
    }
    return "%.1f MB".formatted(sizeBytes / (1024.0 * 1024.0));
  }
}
