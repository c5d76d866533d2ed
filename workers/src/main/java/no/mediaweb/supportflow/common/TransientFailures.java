package no.mediaweb.supportflow.common;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that pass by themselves: the database or the engine briefly unreachable (a restart, a
 * failover) or a lost deadlock. Whatever met one can simply be tried again.
 */
public final class TransientFailures {

  public enum Kind {
    /** A deadlock or a lock wait that timed out: try again at once. */
    LOCK_CONFLICT,
    /** The database or the engine cannot be reached: try again in a while. */
    OUTAGE
  }

  private static final Set<Status.Code> ENGINE_TRANSIENT =
      Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED);

  /** The kind of the first transient failure in the cause chain; empty for every other failure. */
  public static Optional<Kind> kindOf(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof PessimisticLockingFailureException) {
        return Optional.of(Kind.LOCK_CONFLICT);
      }
      if (cause instanceof TransientDataAccessException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof RecoverableDataAccessException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException
          || (cause instanceof ClientStatusException status && ENGINE_TRANSIENT.contains(status.getStatusCode()))) {
        return Optional.of(Kind.OUTAGE);
      }
    }
    return Optional.empty();
  }

  private TransientFailures() {}
}
