package no.mediaweb.supportflow.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.reporting.ReportingTest;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small month computed into the summary tables and read back through the report. */
@ReportingTest
class MonthlyMetricsCalculatorTest {

  static final YearMonth MONTH = YearMonth.of(2021, 3);
  static final String AGENT = "calc-agent";

  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired MetricsReport report;
  @Autowired MetricsFixture fixture;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    MetricsFixture.logOut();
  }

  @Test
  void a_computed_month_reads_back_with_its_tickets_and_team_and_a_second_run_writes_the_same_rows() {
    fixture.staff(AGENT, Role.AGENT, "l2-specialists");
    long customer = fixture.customer(Plan.PRO);
    Instant created = Instant.parse("2021-03-10T10:00:00Z");
    // answered after 30 minutes and resolved after 5 hours, within both targets
    fixture.ticket(customer, created).channel(Channel.API).assignee(AGENT)
        .firstResponse(created.plus(Duration.ofMinutes(30)), false)
        .resolved(created.plus(Duration.ofHours(5)), false)
        .insert();
    // answered late after 3 hours, still open at the end of March (closed in April)
    fixture.ticket(customer, created.plus(Duration.ofDays(1))).channel(Channel.API).assignee(AGENT)
        .firstResponse(created.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)), true)
        .closed(Instant.parse("2021-04-15T00:00:00Z"))
        .insert();

    calculator.compute(MONTH, "test");
    calculator.compute(MONTH, "test again");

    MetricsFixture.logInAs("calc-manager", Role.MANAGER);
    MonthFigures figures = report.figures(MetricsFilter.of(MONTH).withPlan(Plan.PRO).withChannel(Channel.API));
    assertThat(figures.ticketsCreated()).isEqualTo(2);
    assertThat(figures.firstResponses()).isEqualTo(2);
    assertThat(figures.firstResponseMet()).isEqualTo(1);
    assertThat(figures.firstResponseBreached()).isEqualTo(1);
    assertThat(figures.resolved()).isEqualTo(1);
    assertThat(figures.resolutionMet()).isEqualTo(1);
    assertThat(figures.backlogAtEnd()).isEqualTo(1);
    assertThat(figures.resolutionMedian()).isBetween(Duration.ofMinutes(250), Duration.ofMinutes(360));
    assertThat(report.computedMonths()).contains(MONTH);
    assertThat(report.teams()).contains("L2 technical specialists");
    assertThat(report.figures(MetricsFilter.of(MONTH).withTeam("L2 technical specialists")).ticketsCreated()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM metric_summary WHERE month = '2021-03-01'").query(Long.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT computed_by FROM metric_month WHERE month = '2021-03-01'").query(String.class).single())
        .isEqualTo("test again");
  }
}
