package no.mediaweb.supportflow.mail;

import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every inbound e-mail seen, by Message-ID: handled once, given up after a few failed attempts. */
@Repository
public class InboundMailLog {

  enum Status {
    PROCESSED,
    RETRYING,
    FAILED
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  InboundMailLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Notes the mail as seen (once); committed on its own so failures can be counted against it. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void seen(InboundMail mail) {
    jdbc.sql(
            """
            INSERT IGNORE INTO inbound_mail (message_id, sender, subject, status, attempts, received_at)
            VALUES (:messageId, :sender, :subject, 'RETRYING', 0, :now)
            """)
        .param("messageId", mail.messageId())
        .param("sender", cut(mail.sender(), 254))
        .param("subject", mail.subject() == null ? null : cut(mail.subject(), 300))
        .param("now", toTimestamp(clock.instant()))
        .update();
  }

  /** Locks the mail's row for the caller's transaction; empty when it needs no more handling. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Status> lockPending(String messageId) {
    return jdbc.sql("SELECT status FROM inbound_mail WHERE message_id = :messageId FOR UPDATE")
        .param("messageId", messageId)
        .query(String.class)
        .optional()
        .map(Status::valueOf)
        .filter(status -> status == Status.RETRYING);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void processed(String messageId, InboundOutcome outcome, Long ticketId) {
    jdbc.sql(
            """
            UPDATE inbound_mail SET status = 'PROCESSED', outcome = :outcome, ticket_id = :ticketId,
              attempts = attempts + 1, last_error = NULL, processed_at = :now
            WHERE message_id = :messageId
            """)
        .param("outcome", outcome.name())
        .param("ticketId", ticketId)
        .param("now", toTimestamp(clock.instant()))
        .param("messageId", messageId)
        .update();
  }

  /** Counts a failed attempt; returns whether the mail is given up (no more attempts). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean failed(String messageId, String error, int maxAttempts) {
    jdbc.sql(
            """
            UPDATE inbound_mail SET attempts = attempts + 1, last_error = :error,
              status = CASE WHEN attempts + 1 >= :max THEN 'FAILED' ELSE 'RETRYING' END,
              processed_at = CASE WHEN attempts + 1 >= :max THEN :now ELSE NULL END
            WHERE message_id = :messageId AND status = 'RETRYING'
            """)
        .param("error", cut(error == null ? "unknown error" : error, 1000))
        .param("max", maxAttempts)
        .param("now", toTimestamp(clock.instant()))
        .param("messageId", messageId)
        .update();
    return jdbc.sql("SELECT status FROM inbound_mail WHERE message_id = :messageId")
        .param("messageId", messageId)
        .query(String.class)
        .optional()
        .map(status -> !status.equals(Status.RETRYING.name()))
        .orElse(true);
  }

  /** The recorded outcome of a mail, for tests and support staff: status, outcome, ticket, attempts. */
  public record Entry(String status, String outcome, Long ticketId, int attempts, String lastError) {}

  @Transactional(readOnly = true)
  public Optional<Entry> entry(String messageId) {
    return jdbc.sql("SELECT status, outcome, ticket_id, attempts, last_error FROM inbound_mail WHERE message_id = :messageId")
        .param("messageId", messageId)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getString("status"), rs.getString("outcome"), rs.getObject("ticket_id", Long.class),
                    rs.getInt("attempts"), rs.getString("last_error")))
        .optional();
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
