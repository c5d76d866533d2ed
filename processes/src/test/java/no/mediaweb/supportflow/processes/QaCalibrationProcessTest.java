package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.protocol.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class QaCalibrationProcessTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy("qa-calibration.bpmn");
  }

  @Test
  void a_calibration_gives_each_reviewer_their_own_task() {
    kit.start(
        QaCalibrationProcess.PROCESS_ID,
        Map.of(QaCalibrationProcess.Variables.CALIBRATION_ID, 3L, QaCalibrationProcess.Variables.TICKET_ID, 42L,
            QaCalibrationProcess.Variables.REVIEWERS, List.of("quinn", "rory", "sasha")));

    List<ActivatedJob> tasks = kit.activateJobs(SupportTicketProcess.JobTypes.USER_TASK);
    assertThat(tasks).extracting(job -> job.getCustomHeaders().get(Protocol.USER_TASK_ASSIGNEE_HEADER_NAME))
        .containsExactlyInAnyOrder("quinn", "rory", "sasha");
    assertThat(tasks).allSatisfy(job -> assertThat(job.getVariablesAsMap()).containsEntry(QaCalibrationProcess.Variables.TICKET_ID, 42));
    tasks.forEach(kit::complete);

    BpmnAssert.assertThat(InspectionUtility.findProcessInstances()
        .withBpmnProcessId(QaCalibrationProcess.PROCESS_ID)
        .findLastProcessInstance()
        .orElseThrow())
        .hasPassedElement(QaCalibrationProcess.Elements.CALIBRATION_SCORED)
        .isCompleted();
  }
}
