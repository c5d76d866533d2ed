package no.mediaweb.supportflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy.ExceptionHandlingContext;
import io.grpc.Status;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.mediaweb.supportflow.TestJobs;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class TransientFailureRetriesTest {

  private final List<Exception> handedOn = new ArrayList<>();
  private final TransientFailureRetries retries = new TransientFailureRetries((exception, context) -> handedOn.add(exception));
  private final ExceptionHandlingContext context = new ExceptionHandlingContext(null, TestJobs.job("some-task"), null);

  @Test
  void a_lost_database_connection_keeps_the_jobs_retries_and_backs_off() throws Exception {
    retries.handleException(
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLNonTransientConnectionException("refused")),
        context);

    assertThat(handedOn).singleElement().isInstanceOfSatisfying(JobError.class, error -> {
      assertThat(error.getRetries()).isEqualTo(3);
      assertThat(error.getRetryBackoff()).isEqualTo(TransientFailureRetries.OUTAGE_BACKOFF);
      assertThat(error.getErrorMessage()).contains("Transient failure");
    });
  }

  @Test
  void a_transaction_that_cannot_start_and_an_unavailable_engine_are_outages_too() throws Exception {
    retries.handleException(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"), context);
    retries.handleException(new ClientStatusException(Status.UNAVAILABLE, null), context);

    assertThat(handedOn).hasSize(2).allSatisfy(exception -> assertThat(((JobError) exception).getRetries()).isEqualTo(3));
  }

  @Test
  void a_lost_deadlock_is_retried_after_a_short_pause_with_its_retries() throws Exception {
    retries.handleException(new IllegalStateException("wrapped", new CannotAcquireLockException("Deadlock found")), context);

    assertThat(handedOn).singleElement().isInstanceOfSatisfying(JobError.class, error -> {
      assertThat(error.getRetries()).isEqualTo(3);
      assertThat(error.getRetryBackoff()).isEqualTo(TransientFailureRetries.LOCK_CONFLICT_BACKOFF);
    });
  }

  @Test
  void every_other_failure_goes_to_camundas_default_handling_as_it_is() throws Exception {
    DataIntegrityViolationException bug = new DataIntegrityViolationException("Column 'subject' cannot be null");
    JobError notVisibleYet = Jobs.retryLater(TestJobs.job("some-task"), "Ticket 7 is not visible yet");
    ClientStatusException notFound = new ClientStatusException(Status.NOT_FOUND, null);

    retries.handleException(bug, context);
    retries.handleException(notVisibleYet, context);
    retries.handleException(notFound, context);

    assertThat(handedOn).containsExactly(bug, notVisibleYet, notFound);
    assertThat(TransientFailureRetries.backoffFor(new RuntimeException("no cause"))).isEmpty();
    assertThat(TransientFailureRetries.backoffFor(new CannotGetJdbcConnectionException("x"))).contains(Duration.ofSeconds(10));
  }
}
