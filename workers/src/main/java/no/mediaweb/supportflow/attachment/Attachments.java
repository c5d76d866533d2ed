package no.mediaweb.supportflow.attachment;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachment rows that link stored files to tickets and messages. Linking is part of the
 * caller's transaction: if it rolls back, the files it would have linked are deleted, so no
 * half-written ticket leaves files behind. The storage key is unique, so linking twice adds one row.
 */
@Repository
public class Attachments {

  private static final String SELECT =
      "SELECT id, ticket_id, message_id, original_name, content_type, size_bytes, sha256, storage_key, created_at"
          + " FROM attachment";

  private final JdbcClient jdbc;
  private final AttachmentStore store;
  private final Clock clock;

  Attachments(JdbcClient jdbc, AttachmentStore store, Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.clock = clock;
  }

  public void link(long ticketId, Long messageId, List<StoredFile> files) {
    if (files.isEmpty()) {
      return;
    }
    deleteOnRollback(files);
    if (files.size() > store.properties().maxFiles()) {
      throw new AttachmentRejectedException(
          AttachmentRejectedException.Reason.TOO_MANY, "Attach at most %d files at a time".formatted(store.properties().maxFiles()));
    }
    for (StoredFile file : files) {
      if (!store.exists(file.storageKey())) {
        throw new IllegalStateException("Attachment file " + file.storageKey() + " is missing");
      }
      jdbc.sql(
              """
              INSERT IGNORE INTO attachment
                (ticket_id, message_id, original_name, content_type, size_bytes, sha256, storage_key, created_at)
              VALUES (:ticketId, :messageId, :name, :contentType, :size, :sha256, :key, :createdAt)
              """)
          .param("ticketId", ticketId)
          .param("messageId", messageId)
          .param("name", file.displayName())
          .param("contentType", file.type().contentType())
          .param("size", file.sizeBytes())
          .param("sha256", file.sha256())
          .param("key", file.storageKey())
          .param("createdAt", toTimestamp(clock.instant()))
          .update();
    }
  }

  public List<Attachment> ofTicket(long ticketId) {
    return jdbc.sql(SELECT + " WHERE ticket_id = :ticketId ORDER BY id").param("ticketId", ticketId).query(Attachments::row).list();
  }

  public Optional<Attachment> find(long ticketId, long attachmentId) {
    return jdbc.sql(SELECT + " WHERE ticket_id = :ticketId AND id = :id")
        .param("ticketId", ticketId)
        .param("id", attachmentId)
        .query(Attachments::row)
        .optional();
  }

  public AttachmentContent open(Attachment attachment) {
    return new AttachmentContent(attachment, store.open(attachment.storageKey()));
  }

  /** Deletes stored files that were never linked (a form left without submitting). */
  public void discard(List<StoredFile> files) {
    for (StoredFile file : files) {
      boolean linked =
          jdbc.sql("SELECT COUNT(*) FROM attachment WHERE storage_key = :key")
                  .param("key", file.storageKey())
                  .query(Integer.class)
                  .single()
              > 0;
      if (!linked) {
        store.delete(file.storageKey());
      }
    }
  }

  /** Deletes the files when the current transaction does not commit; called before anything can fail. */
  public void deleteOnRollback(List<StoredFile> files) {
    if (files.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("Attachments are linked inside the transaction that writes their ticket or message");
    }
    List<StoredFile> copy = List.copyOf(files);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              copy.forEach(file -> store.delete(file.storageKey()));
            }
          }
        });
  }

  private static Attachment row(ResultSet rs, int n) throws SQLException {
    long messageId = rs.getLong("message_id");
    return new Attachment(
        rs.getLong("id"),
        rs.getLong("ticket_id"),
        rs.wasNull() ? null : messageId,
        rs.getString("original_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("storage_key"),
        fromTimestamp(rs.getTimestamp("created_at")));
  }
}
