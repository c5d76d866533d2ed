package no.mediaweb.supportflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Activated jobs as the engine would hand them to a worker, for calling a worker's handler directly.
 * Keys stay below 2^51, so they never meet a key of the embedded engine (partition 1 starts there).
 */
public final class TestJobs {

  /** No ticket has this id. */
  public static final long NO_SUCH_TICKET = 999_999_999_999L;

  private static final AtomicLong NEXT_KEY = new AtomicLong(1_000_000_000L);

  /** A key no job of the engine has: completing it is refused with NOT_FOUND. */
  public static long unknownJobKey() {
    return NEXT_KEY.incrementAndGet();
  }

  /** A job with 3 retries left, as the engine activates it the first time. */
  public static ActivatedJob job(String elementId, Map<String, String> customHeaders) {
    long key = unknownJobKey();
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(key);
    when(job.getCustomHeaders()).thenReturn(customHeaders);
    when(job.getRetries()).thenReturn(3);
    when(job.getElementId()).thenReturn(elementId);
    when(job.getProcessInstanceKey()).thenReturn(key + 500_000_000L);
    return job;
  }

  public static ActivatedJob job(String elementId) {
    return job(elementId, Map.of());
  }

  /**
   * Asserts that {@code handler} fails its job (activated with 3 retries) as a technical failure the
   * engine retries: a {@link JobError} with one retry fewer and a back-off, not a BPMN error.
   */
  public static void assertRetriedLater(ThrowingCallable handler) {
    assertThatThrownBy(handler)
        .isInstanceOfSatisfying(
            JobError.class,
            error -> {
              assertThat(error.getRetries()).isEqualTo(2);
              assertThat(error.getRetryBackoff()).isGreaterThan(Duration.ZERO);
              assertThat(error.getErrorMessage()).contains("not visible yet");
            });
  }

  private TestJobs() {}
}
