package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.protocol.Protocol;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.Elements;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.JobTypes;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class MonthlyMetricsProcessTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy("monthly-metrics.bpmn");
  }

  @Test
  void on_the_first_of_the_month_the_metrics_are_computed_reviewed_by_a_manager_and_filed() {
    Instant firstAt0530 = nextFirstOfTheMonthAt0530(kit.now());
    kit.passTime(Duration.between(kit.now(), firstAt0530).minusMinutes(1));
    assertThat(kit.activateJobs(JobTypes.COMPUTE_MONTHLY_METRICS)).as("a minute before 05:30 on the 1st").isEmpty();

    kit.passTime(Duration.ofMinutes(2));
    ActivatedJob compute = kit.activateJob(JobTypes.COMPUTE_MONTHLY_METRICS);
    assertThat(compute.getBpmnProcessId()).isEqualTo(MonthlyMetricsProcess.PROCESS_ID);
    kit.complete(compute, Map.of(Variables.MONTH, "2026-11"));

    ActivatedJob review = kit.activateUserTask(Elements.REVIEW_METRICS);
    assertThat(review.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + MonthlyMetricsProcess.GROUP_MANAGERS + "\"]");
    Instant due = java.time.ZonedDateTime.parse(review.getCustomHeaders().get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME)).toInstant();
    assertThat(due).isBetween(firstAt0530.plus(Duration.ofDays(5)), firstAt0530.plus(Duration.ofDays(5)).plusSeconds(300));
    assertThat(review.getVariablesAsMap()).containsEntry(Variables.MONTH, "2026-11");
    kit.complete(review, Map.of(Variables.REVIEW_NOTES, "A calm month", Variables.REVIEWER, "manager"));

    ActivatedJob file = kit.activateJob(JobTypes.FILE_METRICS_REVIEW);
    assertThat(file.getVariablesAsMap())
        .containsEntry(Variables.MONTH, "2026-11")
        .containsEntry(Variables.REVIEW_NOTES, "A calm month")
        .containsEntry(Variables.REVIEWER, "manager");
    kit.complete(file);

    BpmnAssert.assertThat(InspectionUtility.findProcessInstances()
            .withBpmnProcessId(MonthlyMetricsProcess.PROCESS_ID)
            .findLastProcessInstance()
            .orElseThrow())
        .hasPassedElementsInOrder(
            Elements.FIRST_OF_THE_MONTH, Elements.COMPUTE_METRICS, Elements.REVIEW_METRICS, Elements.FILE_REVIEW,
            Elements.MONTH_REVIEWED)
        .isCompleted();
  }

  private static Instant nextFirstOfTheMonthAt0530(Instant now) {
    OffsetDateTime utc = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime first = utc.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).withHour(5).withMinute(30);
    return (first.isAfter(utc) ? first : first.plusMonths(1)).toInstant();
  }
}
