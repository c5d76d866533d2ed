package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ticket_intake_key} table: which ticket a client's Idempotency-Key opened. */
@Repository
class TicketIntakeKeys {

  private final JdbcClient jdbc;

  TicketIntakeKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes the key for a new ticket; false when a request with the key came first (this waits for
   * that request's transaction to end).
   */
  boolean claim(long customerId, String key, Instant now) {
    return jdbc.sql(
                """
                INSERT IGNORE INTO ticket_intake_key (customer_id, idempotency_key, ticket_id, created_at)
                VALUES (:customerId, :key, NULL, :now)
                """)
            .param("customerId", customerId)
            .param("key", key)
            .param("now", toTimestamp(now))
            .update()
        == 1;
  }

  void link(long customerId, String key, long ticketId) {
    jdbc.sql("UPDATE ticket_intake_key SET ticket_id = :ticketId WHERE customer_id = :customerId AND idempotency_key = :key")
        .param("ticketId", ticketId)
        .param("customerId", customerId)
        .param("key", key)
        .update();
  }

  Optional<Long> ticketFor(long customerId, String key) {
    return jdbc.sql("SELECT ticket_id FROM ticket_intake_key WHERE customer_id = :customerId AND idempotency_key = :key")
        .param("customerId", customerId)
        .param("key", key)
        .query(Long.class)
        .optional();
  }
}
