package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.protocol.Protocol;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.processes.QaSamplingProcess.Elements;
import no.mediaweb.supportflow.processes.QaSamplingProcess.JobTypes;
import no.mediaweb.supportflow.processes.QaSamplingProcess.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class QaSamplingProcessTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy("qa-sampling.bpmn");
  }

  @Test
  void nothing_is_drawn_before_the_week_has_turned() {
    kit.passTime(Duration.ofHours(1));

    assertThat(kit.activateJobs(JobTypes.DRAW_SAMPLE)).isEmpty();
  }

  @Test
  void the_weekly_timer_draws_a_sample_and_creates_one_review_task_per_sampled_ticket_for_the_qa_reviewers() {
    kit.passTime(Duration.ofDays(8));

    ActivatedJob draw = kit.activateJob(JobTypes.DRAW_SAMPLE);
    assertThat(draw.getBpmnProcessId()).isEqualTo(QaSamplingProcess.PROCESS_ID);
    kit.complete(draw, Map.of(Variables.SAMPLED_TICKET_IDS, List.of(11L, 12L, 13L)));

    List<ActivatedJob> reviews = kit.activateJobs(SupportTicketProcess.JobTypes.USER_TASK).stream()
        .filter(job -> job.getElementId().equals(Elements.REVIEW_TICKET))
        .toList();
    assertThat(reviews).hasSize(3);
    assertThat(reviews).extracting(job -> ((Number) job.getVariablesAsMap().get(Variables.TICKET_ID)).longValue())
        .containsExactlyInAnyOrder(11L, 12L, 13L);
    assertThat(reviews).allSatisfy(job -> assertThat(job.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + QaSamplingProcess.GROUP_QA_REVIEWERS + "\"]"));

    reviews.forEach(kit::complete);
    ProcessInstanceAssert run = BpmnAssert.assertThat(InspectionUtility.findProcessInstances()
        .withBpmnProcessId(QaSamplingProcess.PROCESS_ID)
        .findLastProcessInstance()
        .orElseThrow());
    // the multi-instance body counts once besides its three instances
    run.hasPassedElement(Elements.WEEKLY_SAMPLE_DUE)
        .hasPassedElement(Elements.DRAW_SAMPLE)
        .hasPassedElement(Elements.REVIEW_TICKET, 3 + 1)
        .hasPassedElement(Elements.SAMPLE_REVIEWED)
        .isCompleted();
  }

  @Test
  void an_empty_sample_ends_the_run_at_once() {
    kit.passTime(Duration.ofDays(8));

    ActivatedJob draw = kit.activateJob(JobTypes.DRAW_SAMPLE);
    kit.complete(draw, Map.of(Variables.SAMPLED_TICKET_IDS, List.of()));

    assertThat(kit.activateJobs(SupportTicketProcess.JobTypes.USER_TASK)).isEmpty();
    BpmnAssert.assertThat(InspectionUtility.findProcessInstances()
        .withBpmnProcessId(QaSamplingProcess.PROCESS_ID)
        .findLastProcessInstance()
        .orElseThrow())
        .hasPassedElement(Elements.SAMPLE_REVIEWED)
        .isCompleted();
  }
}
