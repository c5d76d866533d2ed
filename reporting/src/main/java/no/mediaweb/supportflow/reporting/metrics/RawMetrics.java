package no.mediaweb.supportflow.reporting.metrics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.reporting.metrics.MetricDefinitions.Cohort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same figures straight from the ticket tables, without the summary tables: for the benchmark
 * and for tests that prove both paths agree. It applies no role rule, so screens must use
 * {@link MetricsReport} instead.
 */
@Service
public class RawMetrics {

  private final JdbcClient jdbc;
  private final ReportingProperties properties;

  RawMetrics(JdbcClient jdbc, ReportingProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public MonthFigures figures(MetricsFilter filter) {
    YearMonth month = filter.month();
    Map<String, Object> parameters =
        MetricDefinitions.parameters(properties.startOf(month), properties.endOf(month), filter);
    String where = " WHERE " + MetricDefinitions.filterCondition(filter);
    FiguresSum sum = new FiguresSum();
    for (Cohort cohort : List.of(Cohort.CREATED, Cohort.FIRST_RESPONSE, Cohort.RESOLVED, Cohort.BACKLOG_AT_END,
        Cohort.SURVEY_SENT, Cohort.QA_REVIEWED)) {
      jdbc.sql("SELECT " + cohort.sums() + " FROM (" + cohort.rows() + ") x" + where)
          .params(parameters)
          .query(rs -> {
            sum.addCohortSums(cohort, rs);
          });
    }
    for (Cohort cohort : List.of(Cohort.FIRST_RESPONSE, Cohort.RESOLVED)) {
      String measure = cohort == Cohort.FIRST_RESPONSE ? FiguresSum.MEASURE_FIRST_RESPONSE : FiguresSum.MEASURE_RESOLUTION;
      jdbc.sql("SELECT x.bucket, COUNT(*) AS tickets FROM (" + cohort.rows() + ") x" + where + " GROUP BY x.bucket")
          .params(parameters)
          .query(rs -> {
            sum.addHistogram(measure, rs.getInt("bucket"), rs.getLong("tickets"));
          });
    }
    return sum.toFigures(month);
  }
}
