package no.mediaweb.supportflow.reporting.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.YearMonth;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.JobTypes;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.reporting.metrics.ReportingProperties;
import org.springframework.stereotype.Component;

/**
 * Computes the month before today's (in the reporting zone) into the summary tables. A redelivered
 * job computes the month again, which replaces its rows: the result is the same.
 */
@Component
public class ComputeMonthlyMetricsWorker {

  /** What the computation adds to the process: the month, {@code YYYY-MM}. */
  public record MonthComputed(String month) {}

  private final MonthlyMetricsCalculator calculator;
  private final ReportingProperties properties;
  private final Clock clock;

  ComputeMonthlyMetricsWorker(MonthlyMetricsCalculator calculator, ReportingProperties properties, Clock clock) {
    this.calculator = calculator;
    this.properties = properties;
    this.clock = clock;
  }

  @JobWorker(type = JobTypes.COMPUTE_MONTHLY_METRICS, fetchVariables = {})
  public MonthComputed compute(ActivatedJob job) {
    YearMonth month = YearMonth.now(clock.withZone(properties.zone())).minusMonths(1);
    calculator.compute(month, MetricReviewStore.COMPUTED_BY_PREFIX + job.getProcessInstanceKey());
    return new MonthComputed(month.toString());
  }
}
