package no.mediaweb.supportflow.reporting.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.YearMonth;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.JobTypes;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.Variables;
import org.springframework.stereotype.Component;

/** Files the manager's review with the month, once: the month is the review's primary key. */
@Component
public class FileMetricsReviewWorker {

  /** The variables the review task completed with, and the month computed before it. */
  public record ReviewCompleted(String month, String reviewNotes, String reviewActions, String reviewer) {}

  private final MetricReviewStore store;
  private final Clock clock;

  FileMetricsReviewWorker(MetricReviewStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @JobWorker(
      type = JobTypes.FILE_METRICS_REVIEW,
      fetchVariables = {Variables.MONTH, Variables.REVIEW_NOTES, Variables.REVIEW_ACTIONS, Variables.REVIEWER})
  public void file(ActivatedJob job) {
    file(job, job.getVariablesAsType(ReviewCompleted.class));
  }

  void file(ActivatedJob job, ReviewCompleted review) {
    String actions = review.reviewActions() == null || review.reviewActions().isBlank() ? null : review.reviewActions();
    store.insertIfAbsent(
        YearMonth.parse(review.month()), job.getProcessInstanceKey(), review.reviewNotes(), actions, review.reviewer(),
        clock.instant());
  }
}
