package no.mediaweb.supportflow.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.StreamSupport;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.Elements;
import no.mediaweb.supportflow.reporting.ReportingTest;
import no.mediaweb.supportflow.reporting.metrics.MetricsFilter;
import no.mediaweb.supportflow.reporting.metrics.MetricsFixture;
import no.mediaweb.supportflow.reporting.metrics.MetricsReport;
import no.mediaweb.supportflow.reporting.metrics.MonthFigures;
import no.mediaweb.supportflow.reporting.metrics.ReportingProperties;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real workers and the embedded engine: the engine's and the application's clocks move together
 * to 05:31 UTC on the next 1st, the timer starts monthly-metrics, last month is computed, a manager
 * completes the review task and the review is filed with the month.
 */
@ReportingTest
class MonthlyMetricsJourneyTest {

  static final Duration WAIT = Duration.ofSeconds(60);
  static final String AGENT = "journey-agent";
  static final String MANAGER = "journey-manager";

  @Autowired MetricsFixture fixture;
  @Autowired MetricsReport report;
  @Autowired MonthlyReviews reviews;
  @Autowired ReportingProperties properties;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    MetricsFixture.logOut();
  }

  @Test
  void on_the_first_the_previous_month_is_computed_reviewed_by_a_manager_and_filed() {
    fixture.staff(AGENT, Role.AGENT, "l1-agents");
    fixture.staff(MANAGER, Role.MANAGER, "managers");
    Instant firstOfTheMonth = await().atMost(WAIT).until(MonthlyMetricsJourneyTest::nextMonthlyTimer, due -> due != null);
    YearMonth month = YearMonth.from(firstOfTheMonth.atZone(properties.zone())).minusMonths(1);
    // two days before the 1st at 05:30 UTC is well inside last month in Oslo
    Instant created = firstOfTheMonth.minus(Duration.ofDays(2));
    long customer = fixture.customer(Plan.ENTERPRISE);
    fixture.ticket(customer, created).channel(Channel.EMAIL).assignee(AGENT)
        .firstResponse(created.plus(Duration.ofMinutes(20)), false)
        .resolved(created.plus(Duration.ofHours(6)), false)
        .insert();
    fixture.ticket(customer, created.plus(Duration.ofHours(1))).channel(Channel.EMAIL).assignee(AGENT).insert();

    EmbeddedServices.travel(Duration.between(SharedClock.now(), firstOfTheMonth).plusMinutes(1));

    String computedBy = await().atMost(WAIT).until(() -> computedBy(month), by -> by != null);
    assertThat(computedBy).startsWith("monthly-metrics/");
    long processInstanceKey = Long.parseLong(computedBy.substring("monthly-metrics/".length()));
    MetricsFixture.logInAs(MANAGER, Role.MANAGER);
    MonthFigures figures = report.figures(MetricsFilter.of(month).withAgent(AGENT));
    assertThat(List.of(figures.ticketsCreated(), figures.firstResponses(), figures.firstResponseMet(), figures.resolved(),
            figures.resolutionMet(), figures.firstContactResolved(), figures.backlogAtEnd()))
        .containsExactly(2L, 1L, 1L, 1L, 1L, 1L, 1L);

    OpenMonthlyReview open = await().atMost(WAIT).pollInSameThread()
        .until(() -> reviews.openReviews().stream().filter(r -> r.month().equals(month)).findFirst().orElse(null), r -> r != null);
    assertThat(jdbc.sql("SELECT candidate_group FROM human_task WHERE job_key = :k AND ticket_id IS NULL")
            .param("k", open.jobKey())
            .query(String.class)
            .single())
        .isEqualTo(MonthlyMetricsProcess.GROUP_MANAGERS);
    assertThat(open.dueAt()).isBetween(firstOfTheMonth.plus(Duration.ofDays(5)), firstOfTheMonth.plus(Duration.ofDays(5)).plusSeconds(600));

    reviews.complete(open.jobKey(), "Enterprise e-mail tickets were answered fast", "Keep the rota");

    MonthlyReview filed = await().atMost(WAIT).pollInSameThread().until(() -> reviews.review(month).orElse(null), r -> r != null);
    assertThat(filed.notes()).isEqualTo("Enterprise e-mail tickets were answered fast");
    assertThat(filed.actions()).isEqualTo("Keep the rota");
    assertThat(filed.reviewedBy()).isEqualTo(MANAGER);
    await().atMost(WAIT).until(() -> completedElements(processInstanceKey).contains(Elements.MONTH_REVIEWED));
    assertThat(completedElements(processInstanceKey))
        .contains(Elements.FIRST_OF_THE_MONTH, Elements.COMPUTE_METRICS, Elements.REVIEW_METRICS, Elements.FILE_REVIEW,
            Elements.MONTH_REVIEWED, MonthlyMetricsProcess.PROCESS_ID);
    assertThat(reviews.openReviews()).extracting(OpenMonthlyReview::month).doesNotContain(month);
  }

  /** When the armed timer start event of monthly-metrics fires next. */
  private static Instant nextMonthlyTimer() {
    return StreamSupport.stream(
            RecordStream.of(EmbeddedServices.zeebe().engine().getRecordStreamSource()).timerRecords().spliterator(), false)
        .filter(r -> r.getIntent() == TimerIntent.CREATED)
        .map(Record::getValue)
        .filter(timer -> Elements.FIRST_OF_THE_MONTH.equals(timer.getTargetElementId()))
        .map(TimerRecordValue::getDueDate)
        .map(Instant::ofEpochMilli)
        .filter(due -> due.isAfter(SharedClock.now()))
        .findFirst()
        .orElse(null);
  }

  private String computedBy(YearMonth month) {
    return jdbc.sql("SELECT computed_by FROM metric_month WHERE month = :m AND computed_by LIKE 'monthly-metrics/%'")
        .param("m", month.atDay(1))
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** Element ids (and the process id, for the process itself) completed in the instance. */
  private static List<String> completedElements(long processInstanceKey) {
    return StreamSupport.stream(
            RecordStream.of(EmbeddedServices.zeebe().engine().getRecordStreamSource()).processInstanceRecords().spliterator(),
            false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
        .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
        .map(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
            ? r.getValue().getBpmnProcessId()
            : r.getValue().getElementId())
        .toList();
  }
}
