package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the workflow again of customer replies it seems not to have heard: the reply was stored,
 * then the application died before telling the engine. A ticket still waiting on the customer (or
 * still resolved) three minutes after a reply that should have resumed (or reopened) it, longer
 * than any worker takes even after a restart, gets the reply's message again.
 */
@Component
class ReplyWakeUps {

  static final Duration UNHEARD_AFTER = Duration.ofMinutes(3);

  private static final Logger LOG = LoggerFactory.getLogger(ReplyWakeUps.class);

  private record UnheardReply(String ticketNumber, long messageId, boolean awaited) {}

  private final JdbcClient jdbc;
  private final TicketWorkflow workflow;
  private final Clock clock;

  ReplyWakeUps(JdbcClient jdbc, TicketWorkflow workflow, Clock clock) {
    this.jdbc = jdbc;
    this.workflow = workflow;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${supportflow.ticket.reply-wake-up-interval:60s}",
      initialDelayString = "${supportflow.ticket.reply-wake-up-interval:60s}")
  void scheduled() {
    try {
      sendAgain();
    } catch (RuntimeException e) {
      LOG.warn("Looking for unheard customer replies failed; trying again at the next run", e);
    }
  }

  /** Returns how many replies were sent again. */
  int sendAgain() {
    List<UnheardReply> unheard =
        jdbc.sql(
                """
                SELECT t.number, MAX(m.id), t.status = 'WAITING_ON_CUSTOMER'
                FROM ticket t JOIN ticket_message m ON m.ticket_id = t.id AND m.kind = 'CUSTOMER_REPLY'
                WHERE m.created_at < :cutoff
                  AND ((t.status = 'WAITING_ON_CUSTOMER'
                        AND m.created_at > (SELECT MAX(r.created_at) FROM ticket_message r
                                            WHERE r.ticket_id = t.id AND r.kind = 'INFO_REQUEST'))
                    OR (t.status = 'RESOLVED' AND m.created_at > t.resolved_at))
                GROUP BY t.id, t.number, t.status
                """)
            .param("cutoff", toTimestamp(clock.instant().minus(UNHEARD_AFTER)))
            .query((rs, n) -> new UnheardReply(rs.getString(1), rs.getLong(2), rs.getBoolean(3)))
            .list();
    for (UnheardReply reply : unheard) {
      LOG.info("Telling the workflow again of the customer's reply {} on {}", reply.messageId(), reply.ticketNumber());
      workflow.customerReplied(reply.ticketNumber(), reply.messageId(), reply.awaited());
    }
    return unheard.size();
  }
}
