package no.mediaweb.supportflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.Conversation;
import no.mediaweb.supportflow.ticket.MessageKind;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Transactions that lose a deadlock in MariaDB run again and write their messages and mails once. */
@WorkersTest
class RetryingTransactionsTest {

  @Autowired RetryingTransactions transactions;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired Conversation conversation;
  @Autowired TestTickets testTickets;
  @Autowired JdbcClient jdbc;

  @Test
  void the_victim_of_a_deadlock_runs_again_and_its_messages_and_mails_are_stored_once() throws Exception {
    Ticket first = testTickets.inState(TicketStatus.IN_PROGRESS);
    Ticket second = testTickets.inState(TicketStatus.IN_PROGRESS);
    CyclicBarrier bothHoldTheirFirstTicket = new CyclicBarrier(2);
    long repliesBefore = replyCount(first);
    AtomicInteger runs = new AtomicInteger();
    ExecutorService agents = Executors.newFixedThreadPool(2);
    try {
      // each agent answers on one ticket and then on the other, in opposite orders: a deadlock
      Future<?> one = agents.submit(() -> answerBoth("one", first, second, bothHoldTheirFirstTicket, runs));
      Future<?> two = agents.submit(() -> answerBoth("two", second, first, bothHoldTheirFirstTicket, runs));
      one.get(60, TimeUnit.SECONDS);
      two.get(60, TimeUnit.SECONDS);
    } finally {
      agents.shutdownNow();
    }

    assertThat(runs.get()).as("two transactions, the deadlock's victim run twice").isEqualTo(3);
    for (Ticket ticket : List.of(first, second)) {
      assertThat(replyCount(ticket)).isEqualTo(repliesBefore + 2);
      assertThat(jdbc.sql("SELECT idempotency_key FROM ticket_message WHERE ticket_id = :id AND author_type = 'AGENT' ORDER BY idempotency_key")
              .param("id", ticket.id()).query(String.class).list())
          .containsExactly("deadlock:one:" + ticket.id(), "deadlock:two:" + ticket.id());
      assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE ticket_id = :id").param("id", ticket.id()).query(Long.class).single())
          .isEqualTo(2);
    }
  }

  @Test
  void a_transaction_that_keeps_losing_gives_up_after_the_last_attempt() {
    RetryingTransactions threeAttempts = new RetryingTransactions(transactionManager, 3, Duration.ZERO);
    AtomicInteger runs = new AtomicInteger();

    assertThatThrownBy(() -> threeAttempts.executeWithoutResult(status -> {
          runs.incrementAndGet();
          throw new PessimisticLockingFailureException("Deadlock found when trying to get lock");
        }))
        .isInstanceOf(PessimisticLockingFailureException.class);
    assertThat(runs.get()).isEqualTo(3);
  }

  @Test
  void other_failures_and_work_inside_a_callers_transaction_run_once() {
    RetryingTransactions threeAttempts = new RetryingTransactions(transactionManager, 3, Duration.ZERO);
    AtomicInteger runs = new AtomicInteger();

    assertThatThrownBy(() -> threeAttempts.executeWithoutResult(status -> {
          runs.incrementAndGet();
          throw new IllegalStateException("not a lock conflict");
        }))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(outer ->
            threeAttempts.executeWithoutResult(status -> {
              runs.incrementAndGet();
              throw new PessimisticLockingFailureException("only the caller's transaction could run again");
            })))
        .isInstanceOf(PessimisticLockingFailureException.class);
    assertThat(runs.get()).isEqualTo(2);
  }

  private void answerBoth(String agent, Ticket firstTicket, Ticket secondTicket, CyclicBarrier barrier, AtomicInteger runs) {
    transactions.executeWithoutResult(status -> {
      boolean firstRun = runs.incrementAndGet() <= 2;
      answer(agent, firstTicket);
      if (firstRun) {
        await(barrier);
      }
      answer(agent, secondTicket);
    });
  }

  /** An agent's reply: the message, the ticket's reply count and the mail to the customer, in one transaction. */
  private void answer(String agent, Ticket ticket) {
    conversation.add(ticket.id(), AuthorType.AGENT, "Agent " + agent, MessageKind.REPLY, "Try clearing the cache.",
        "deadlock:" + agent + ":" + ticket.id());
  }

  private long replyCount(Ticket ticket) {
    return jdbc.sql("SELECT agent_reply_count FROM ticket WHERE id = :id").param("id", ticket.id()).query(Long.class).single();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The other transaction did not take its first ticket", e);
    }
  }
}
