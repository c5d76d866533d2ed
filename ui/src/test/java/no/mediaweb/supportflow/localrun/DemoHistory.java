package no.mediaweb.supportflow.localrun;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess;
import no.mediaweb.supportflow.reporting.generator.GeneratedAgent;
import no.mediaweb.supportflow.reporting.generator.GeneratedHistory;
import no.mediaweb.supportflow.reporting.generator.HistoryPlan;
import no.mediaweb.supportflow.reporting.generator.TicketHistoryGenerator;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.reporting.metrics.ReportingProperties;
import no.mediaweb.supportflow.user.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A year of closed tickets worked by the demo agents, so the metrics dashboard has history: the
 * eleven older months computed as monthly-metrics did on their 1st, and the last month through a
 * monthly-metrics instance, whose review task waits for the manager.
 */
@Component
@Profile(LocalRunConfiguration.PROFILE)
class DemoHistory {

  static final int TICKETS = 6_000;
  static final int MONTHS = 12;

  private final DataSource dataSource;
  private final MonthlyMetricsCalculator calculator;
  private final ReportingProperties reporting;
  private final CamundaClient client;
  private final Clock clock;

  DemoHistory(
      DataSource dataSource,
      MonthlyMetricsCalculator calculator,
      ReportingProperties reporting,
      CamundaClient client,
      Clock clock) {
    this.dataSource = dataSource;
    this.calculator = calculator;
    this.reporting = reporting;
    this.client = client;
    this.clock = clock;
  }

  GeneratedHistory create() {
    Instant now = clock.instant();
    List<GeneratedAgent> agents =
        DemoData.LOGINS.stream()
            .filter(login -> login.role() == Role.AGENT && !login.groups().contains("product-team"))
            .map(login -> new GeneratedAgent(login.username(), login.displayName(), login.groups().getFirst()))
            .toList();
    HistoryPlan plan =
        new HistoryPlan(
            TICKETS,
            HistoryPlan.firstMonthBefore(now, reporting.zone(), MONTHS),
            MONTHS,
            reporting.zone(),
            now,
            2026,
            agents,
            List.of("qa"),
            true);
    GeneratedHistory history = new TicketHistoryGenerator(dataSource).generate(plan, (done, total) -> {});
    YearMonth lastMonth = plan.firstMonth().plusMonths(MONTHS - 1);
    for (YearMonth month = plan.firstMonth(); month.isBefore(lastMonth); month = month.plusMonths(1)) {
      calculator.compute(month, "local run");
    }
    client.newCreateInstanceCommand()
        .bpmnProcessId(MonthlyMetricsProcess.PROCESS_ID)
        .latestVersion()
        .startBeforeElement(MonthlyMetricsProcess.Elements.COMPUTE_METRICS)
        .send()
        .join();
    return history;
  }
}
