package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.protocol.Protocol;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class QaDisputeProcessTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy("qa-dispute.bpmn");
  }

  @Test
  void a_disputed_review_waits_for_a_qa_lead() {
    kit.start(QaDisputeProcess.PROCESS_ID, Map.of(QaDisputeProcess.Variables.DISPUTE_ID, 7L, QaDisputeProcess.Variables.TICKET_ID, 42L));

    ActivatedJob decide = kit.activateUserTask(QaDisputeProcess.Elements.DECIDE_DISPUTE);
    assertThat(decide.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + QaDisputeProcess.GROUP_QA_LEADS + "\"]");
    assertThat(decide.getVariablesAsMap())
        .containsEntry(QaDisputeProcess.Variables.DISPUTE_ID, 7)
        .containsEntry(QaDisputeProcess.Variables.TICKET_ID, 42);
    kit.complete(decide, Map.of(QaDisputeProcess.Variables.DISPUTE_DECISION, "UPHELD"));

    BpmnAssert.assertThat(InspectionUtility.findProcessInstances()
        .withBpmnProcessId(QaDisputeProcess.PROCESS_ID)
        .findLastProcessInstance()
        .orElseThrow())
        .hasPassedElement(QaDisputeProcess.Elements.DISPUTE_DECIDED)
        .isCompleted();
  }
}
