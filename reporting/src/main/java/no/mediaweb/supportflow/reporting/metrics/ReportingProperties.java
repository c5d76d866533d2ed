package no.mediaweb.supportflow.reporting.metrics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param zone the time zone whose calendar months the metrics count in */
@ConfigurationProperties("supportflow.reporting")
public record ReportingProperties(@DefaultValue("Europe/Oslo") ZoneId zone) {

  /** The first instant of the month in the reporting zone. */
  public Instant startOf(YearMonth month) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The first instant after the month in the reporting zone. */
  public Instant endOf(YearMonth month) {
    return startOf(month.plusMonths(1));
  }
}
