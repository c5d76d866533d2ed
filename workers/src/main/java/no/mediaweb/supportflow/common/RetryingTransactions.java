package no.mediaweb.supportflow.common;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work as one transaction and, when the database chose it as the victim of a deadlock or it
 * gave up waiting for a lock, runs it again from the start after a short random pause. InnoDB has
 * rolled the whole transaction back by then, so the next run writes everything once. Under a
 * caller's transaction it runs once: only the caller's transaction as a whole could start again.
 * The work must not have effects outside the database before its last statement.
 */
@Component
public class RetryingTransactions {

  static final int ATTEMPTS = 4;
  private static final Duration MAX_PAUSE = Duration.ofMillis(50);
  private static final Logger LOG = LoggerFactory.getLogger(RetryingTransactions.class);

  private final TransactionTemplate transactions;
  private final int attempts;
  private final Duration maxPause;

  @Autowired
  public RetryingTransactions(PlatformTransactionManager transactionManager) {
    this(transactionManager, ATTEMPTS, MAX_PAUSE);
  }

  RetryingTransactions(PlatformTransactionManager transactionManager, int attempts, Duration maxPause) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.attempts = attempts;
    this.maxPause = maxPause;
  }

  public <T> T execute(TransactionCallback<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return transactions.execute(work);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(work);
      } catch (PessimisticLockingFailureException e) {
        if (attempt >= attempts) {
          throw e;
        }
        LOG.info("Transaction rolled back by a lock conflict, running it again (attempt {} of {}): {}",
            attempt + 1, attempts, e.getMostSpecificCause().getMessage());
        pause(attempt, e);
      }
    }
  }

  public void executeWithoutResult(Consumer<TransactionStatus> work) {
    execute(
        status -> {
          work.accept(status);
          return null;
        });
  }

  private void pause(int attempt, PessimisticLockingFailureException cause) {
    long bound = maxPause.toMillis() * attempt;
    if (bound <= 0) {
      return;
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }
}
