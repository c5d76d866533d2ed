package no.mediaweb.supportflow.common;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import java.time.Duration;

/** Shared handling of jobs whose data is not visible yet (the creating transaction has not committed). */
public final class Jobs {

  private static final Duration RETRY_BACKOFF = Duration.ofSeconds(2);

  /** Fails the job with one retry fewer and a back-off, so the engine hands it out again shortly. */
  public static JobError retryLater(ActivatedJob job, String message) {
    return CamundaError.jobError(message, null, Math.max(job.getRetries() - 1, 0), RETRY_BACKOFF);
  }

  /** The key of the side effects of one job: stable across redeliveries of that job. */
  public static String key(ActivatedJob job, String effect) {
    return "job:" + job.getKey() + ":" + effect;
  }

  private Jobs() {}
}
