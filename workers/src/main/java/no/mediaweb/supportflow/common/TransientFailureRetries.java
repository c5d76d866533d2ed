package no.mediaweb.supportflow.common;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A worker that fails because the database or the engine is briefly unavailable (a restart, a
 * failover, a lost deadlock) fails its job with the retries it had and a back-off: an outage of
 * any length costs no retries and raises no incidents, and the job runs again once it is over.
 * Every other failure is Camunda's default: one retry fewer, an incident after the last.
 */
@Component
public class TransientFailureRetries implements JobExceptionHandlingStrategy {

  static final Duration OUTAGE_BACKOFF = Duration.ofSeconds(10);
  static final Duration LOCK_CONFLICT_BACKOFF = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(TransientFailureRetries.class);

  private final JobExceptionHandlingStrategy defaults;

  @Autowired
  TransientFailureRetries(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics) {
    this(new DefaultJobExceptionHandlingStrategy(commands, metrics));
  }

  TransientFailureRetries(JobExceptionHandlingStrategy defaults) {
    this.defaults = defaults;
  }

  @Override
  public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
    Optional<Duration> backoff = backoffFor(exception);
    if (backoff.isEmpty()) {
      defaults.handleException(exception, context);
      return;
    }
    ActivatedJob job = context.job();
    LOG.warn("Job {} ({}) hit a transient failure, retrying in {} with its {} retries: {}",
        job.getKey(), job.getType(), backoff.get(), job.getRetries(), exception.toString());
    defaults.handleException(
        CamundaError.jobError("Transient failure, retrying: " + exception, null, job.getRetries(), backoff.get()), context);
  }

  /** The back-off for a transient failure anywhere in the cause chain; empty for every other failure. */
  static Optional<Duration> backoffFor(Throwable exception) {
    return TransientFailures.kindOf(exception).map(kind -> switch (kind) {
      case LOCK_CONFLICT -> LOCK_CONFLICT_BACKOFF;
      case OUTAGE -> OUTAGE_BACKOFF;
    });
  }
}
