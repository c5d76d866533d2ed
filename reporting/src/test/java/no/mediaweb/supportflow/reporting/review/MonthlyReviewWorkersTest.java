package no.mediaweb.supportflow.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.reporting.ReportingTest;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.reporting.metrics.ReportingProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ReportingTest
class MonthlyReviewWorkersTest {

  @Autowired ComputeMonthlyMetricsWorker computeWorker;
  @Autowired FileMetricsReviewWorker fileWorker;
  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired ReportingProperties properties;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void computing_twice_computes_last_month_in_the_reporting_zone_once_over_and_names_the_process_instance() {
    ActivatedJob job = job(4_000_000_001L);
    YearMonth lastMonth = YearMonth.now(clock.withZone(properties.zone())).minusMonths(1);

    var first = computeWorker.compute(job);
    List<Map<String, Object>> rowsAfterFirst = summaryRows(lastMonth);
    var second = computeWorker.compute(job);

    assertThat(first.month()).isEqualTo(lastMonth.toString()).isEqualTo(second.month());
    assertThat(summaryRows(lastMonth)).isEqualTo(rowsAfterFirst);
    assertThat(jdbc.sql("SELECT computed_by FROM metric_month WHERE month = :m")
            .param("m", lastMonth.atDay(1))
            .query(String.class)
            .single())
        .isEqualTo("monthly-metrics/4000000001");
  }

  @Test
  void a_redelivered_filing_job_writes_one_review_for_the_month() {
    YearMonth month = YearMonth.of(2023, 6);
    calculator.compute(month, "monthly-metrics/4000000002");
    ActivatedJob job = job(4_000_000_002L);

    fileWorker.file(job, new FileMetricsReviewWorker.ReviewCompleted("2023-06", "Backlog grew on Pro", "Add an L2 shift", "boss"));
    fileWorker.file(job, new FileMetricsReviewWorker.ReviewCompleted("2023-06", "Written again", "", "someone-else"));

    assertThat(jdbc.sql("SELECT notes, actions, reviewed_by, process_instance_key FROM metric_review WHERE month = '2023-06-01'")
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
            .list())
        .containsExactly(List.of("Backlog grew on Pro", "Add an L2 shift", "boss", 4_000_000_002L));
  }

  private List<Map<String, Object>> summaryRows(YearMonth month) {
    return jdbc.sql("SELECT * FROM metric_summary WHERE month = :m ORDER BY plan, channel, agent")
        .param("m", month.atDay(1))
        .query()
        .listOfRows();
  }

  private static ActivatedJob job(long processInstanceKey) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(processInstanceKey + 1);
    when(job.getProcessInstanceKey()).thenReturn(processInstanceKey);
    when(job.getRetries()).thenReturn(3);
    return job;
  }
}
