package no.mediaweb.supportflow.mail;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of outgoing mails. A mail is enqueued in the transaction of the event it tells about,
 * once per {@code mailKey}; the dispatcher claims due rows, sends them and records the outcome.
 */
@Repository
public class MailOutbox {

  private static final int MAX_ERROR_LENGTH = 1000;

  private final JdbcClient jdbc;
  private final MailProperties properties;
  private final Clock clock;

  MailOutbox(JdbcClient jdbc, MailProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** A mail to enqueue, already rendered. */
  public record Draft(
      String mailKey, Long ticketId, String recipientEmail, String recipientName, String language,
      MailTemplate template, RenderedMail mail) {}

  /**
   * Stores the mail unless one with its key exists; joins the caller's transaction, so the mail is
   * stored with the event or not at all. Returns whether this call stored it.
   */
  @Transactional
  public boolean enqueue(Draft draft) {
    Instant now = clock.instant();
    return jdbc.sql(
                """
                INSERT IGNORE INTO outgoing_mail
                  (mail_key, ticket_id, recipient_email, recipient_name, language, template, subject,
                   text_body, html_body, message_id, status, attempts, next_attempt_at, created_at)
                VALUES (:key, :ticketId, :email, :name, :language, :template, :subject,
                   :text, :html, :messageId, 'PENDING', 0, :now, :now)
                """)
            .param("key", draft.mailKey())
            .param("ticketId", draft.ticketId())
            .param("email", draft.recipientEmail())
            .param("name", draft.recipientName())
            .param("language", draft.language())
            .param("template", draft.template().name())
            .param("subject", draft.mail().subject())
            .param("text", draft.mail().text())
            .param("html", draft.mail().html())
            .param("messageId", messageIdFor(draft.mailKey()))
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  /** The Message-ID of the mail with this key: the same on every attempt, on every instance. */
  public String messageIdFor(String mailKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(mailKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest, 0, 20) + ".supportflow@" + properties.domain() + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * Claims up to {@code limit} due mails for this dispatcher: pending ones whose time has come and
   * ones another dispatcher claimed but did not finish within its lease. Rows other instances are
   * claiming at the same moment are skipped, not waited for. Read committed: under repeatable read
   * the range scan would also lock the first row past the due ones, and a dispatcher running at the
   * same moment would skip that row although nobody claimed it.
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public List<OutgoingMail> claimDue(int limit) {
    Instant now = clock.instant();
    List<Long> ids =
        jdbc.sql(
                """
                SELECT id FROM outgoing_mail
                WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id
                LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """)
            .param("now", toTimestamp(now))
            .param("limit", limit)
            .query(Long.class)
            .list();
    if (ids.isEmpty()) {
      return List.of();
    }
    jdbc.sql(
            """
            UPDATE outgoing_mail SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = :leaseEnd
            WHERE id IN (:ids)
            """)
        .param("leaseEnd", toTimestamp(now.plus(properties.sendLease())))
        .param("ids", ids)
        .update();
    return jdbc.sql("SELECT * FROM outgoing_mail WHERE id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query(MailOutbox::row)
        .list();
  }

  @Transactional
  public void markSent(long id) {
    jdbc.sql("UPDATE outgoing_mail SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id AND status = 'SENDING'")
        .param("now", toTimestamp(clock.instant()))
        .param("id", id)
        .update();
  }

  /** Records a failed attempt: tried again after a growing pause, or given up after the last attempt. */
  @Transactional
  public void markAttemptFailed(OutgoingMail mail, String error) {
    boolean giveUp = mail.attempts() >= properties.maxAttempts();
    Duration pause = properties.retryBackoff().multipliedBy(1L << Math.min(mail.attempts() - 1, 10));
    jdbc.sql(
            """
            UPDATE outgoing_mail SET status = :status, next_attempt_at = :next, last_error = :error
            WHERE id = :id AND status = 'SENDING'
            """)
        .param("status", giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
        .param("next", toTimestamp(clock.instant().plus(pause)))
        .param("error", error == null ? "unknown error" : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
        .param("id", mail.id())
        .update();
  }

  @Transactional(readOnly = true)
  public Optional<OutgoingMail> byKey(String mailKey) {
    return jdbc.sql("SELECT * FROM outgoing_mail WHERE mail_key = :key").param("key", mailKey).query(MailOutbox::row).optional();
  }

  @Transactional(readOnly = true)
  public Optional<OutgoingMail> byId(long id) {
    return jdbc.sql("SELECT * FROM outgoing_mail WHERE id = :id").param("id", id).query(MailOutbox::row).optional();
  }

  /** Newest first, a page at a time. */
  @Transactional(readOnly = true)
  public List<OutgoingMail> newestFirst(int offset, int limit) {
    return jdbc.sql("SELECT * FROM outgoing_mail ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query(MailOutbox::row)
        .list();
  }

  @Transactional(readOnly = true)
  public int count() {
    return jdbc.sql("SELECT COUNT(*) FROM outgoing_mail").query(Integer.class).single();
  }

  @Transactional(readOnly = true)
  public List<OutgoingMail> ofTicket(long ticketId) {
    return jdbc.sql("SELECT * FROM outgoing_mail WHERE ticket_id = :id ORDER BY id").param("id", ticketId).query(MailOutbox::row).list();
  }

  private static OutgoingMail row(ResultSet rs, int n) throws SQLException {
    Long ticketId = rs.getObject("ticket_id", Long.class);
    return new OutgoingMail(
        rs.getLong("id"),
        rs.getString("mail_key"),
        ticketId,
        rs.getString("recipient_email"),
        rs.getString("recipient_name"),
        rs.getString("language"),
        MailTemplate.valueOf(rs.getString("template")),
        rs.getString("subject"),
        rs.getString("text_body"),
        rs.getString("html_body"),
        rs.getString("message_id"),
        MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        fromTimestamp(rs.getTimestamp("next_attempt_at")),
        rs.getString("last_error"),
        fromTimestamp(rs.getTimestamp("created_at")),
        fromTimestamp(rs.getTimestamp("sent_at")));
  }
}
