package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages exchanged on a ticket. Each message has a unique idempotency key, so a retried
 * request or a redelivered job adds it once.
 */
@Repository
public class Conversation {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Conversation(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Adds the message unless one with this key exists; returns the id of the message with the key.
   * A message from support that was really added is announced as {@link SupportMessagePosted}.
   */
  public long add(
      long ticketId, AuthorType authorType, String authorName, MessageKind kind, String body, String idempotencyKey) {
    int inserted =
        jdbc.sql(
            """
            INSERT IGNORE INTO ticket_message
              (ticket_id, author_type, author_name, kind, body, idempotency_key, created_at)
            VALUES (:ticketId, :authorType, :authorName, :kind, :body, :key, :createdAt)
            """)
        .param("ticketId", ticketId)
        .param("authorType", authorType.name())
        .param("authorName", authorName)
        .param("kind", kind.name())
        .param("body", body)
        .param("key", idempotencyKey)
        .param("createdAt", toTimestamp(clock.instant()))
        .update();
    long id =
        jdbc.sql("SELECT id FROM ticket_message WHERE idempotency_key = :key")
            .param("key", idempotencyKey)
            .query(Long.class)
            .single();
    if (inserted == 1 && authorType == AuthorType.AGENT) {
      jdbc.sql("UPDATE ticket SET agent_reply_count = agent_reply_count + 1 WHERE id = :ticketId")
          .param("ticketId", ticketId)
          .update();
    }
    if (inserted == 1 && authorType != AuthorType.CUSTOMER) {
      events.publishEvent(new SupportMessagePosted(ticketId, id, kind, authorName, body));
    }
    return id;
  }

  public List<ConversationMessage> of(long ticketId) {
    return jdbc.sql(
            """
            SELECT id, ticket_id, author_type, author_name, kind, body, created_at FROM ticket_message
            WHERE ticket_id = :ticketId ORDER BY created_at, id
            """)
        .param("ticketId", ticketId)
        .query(
            (rs, n) ->
                new ConversationMessage(
                    rs.getLong("id"),
                    rs.getLong("ticket_id"),
                    AuthorType.valueOf(rs.getString("author_type")),
                    rs.getString("author_name"),
                    MessageKind.valueOf(rs.getString("kind")),
                    rs.getString("body"),
                    fromTimestamp(rs.getTimestamp("created_at"))))
        .list();
  }

  public Optional<ConversationMessage> latest(long ticketId, AuthorType authorType) {
    List<ConversationMessage> messages = of(ticketId);
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).authorType() == authorType) {
        return Optional.of(messages.get(i));
      }
    }
    return Optional.empty();
  }

  /** A message on one line, cut to 160 characters: what the timeline shows of it. */
  public static String excerpt(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= 160 ? flat : flat.substring(0, 159) + "…";
  }
}
