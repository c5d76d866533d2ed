package no.mediaweb.supportflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static no.mediaweb.supportflow.processes.EmergencyResponseProcess.Elements.FOLLOW_UP_WITH_CUSTOMER;
import static no.mediaweb.supportflow.processes.EmergencyResponseProcess.Elements.POST_STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.Protocol;
import java.time.Duration;
import java.util.Map;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess.JobTypes;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess.Variables;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class EmergencyResponseProcessTest {

  private static final String TICKET_NUMBER = "MW-000777";

  private static final class Ids {
    static final String ACKNOWLEDGE_EMERGENCY = "acknowledge-emergency";
    static final String ASSIGN_SENIOR_AGENT = "assign-senior-agent";
    static final String ENGAGE_ENGINEERING = "engage-engineering";
    static final String WAIT_FOR_RESOLUTION = "wait-for-resolution";
    static final String STATUS_UPDATE_POSTED = "status-update-posted";
    static final String MANAGERS_ALERTED = "managers-alerted";
    static final String EMERGENCY_RESOLVED = "emergency-resolved";
    static final String WAIT_FOR_CLOSURE = "wait-for-closure";
    static final String EMERGENCY_FOLLOWED_UP = "emergency-followed-up";
  }

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy("emergency-response.bpmn");
  }

  @Test
  void the_customer_is_acknowledged_a_senior_agent_assigned_and_engineering_engaged_before_anything_else() {
    ProcessInstanceEvent emergency = startAndAssign("sam.senior");

    assertThat(emergency)
        .hasPassedElementsInOrder(Ids.ACKNOWLEDGE_EMERGENCY, Ids.ASSIGN_SENIOR_AGENT, Ids.ENGAGE_ENGINEERING)
        .isWaitingAtElements(Ids.WAIT_FOR_RESOLUTION)
        .hasNoIncidents();
    assertThat(kit.activateJobs(SupportTicketProcess.JobTypes.USER_TASK)).isEmpty();
  }

  @Test
  void a_status_update_is_due_to_the_senior_agent_every_interval() {
    ProcessInstanceEvent emergency = startAndAssign("sam.senior");

    kit.passTime(Duration.ofMinutes(30));
    ActivatedJob first = kit.activateUserTask(POST_STATUS_UPDATE);
    assertThat(first.getCustomHeaders()).containsEntry(Protocol.USER_TASK_ASSIGNEE_HEADER_NAME, "sam.senior");
    kit.complete(first);

    kit.passTime(Duration.ofMinutes(30));
    kit.complete(kit.activateUserTask(POST_STATUS_UPDATE));

    assertThat(emergency)
        .hasPassedElement(Ids.STATUS_UPDATE_POSTED, 2)
        .hasNotPassedElement(Ids.MANAGERS_ALERTED)
        .isWaitingAtElements(Ids.WAIT_FOR_RESOLUTION);
  }

  @Test
  void a_missed_status_update_alerts_the_managers_and_stays_open() {
    ProcessInstanceEvent emergency = startAndAssign("sam.senior");
    kit.passTime(Duration.ofMinutes(30));
    kit.activateUserTask(POST_STATUS_UPDATE);

    kit.passTime(Duration.ofMinutes(11));

    kit.complete(kit.activateJob(JobTypes.ALERT_MISSED_STATUS_UPDATE));
    assertThat(emergency).hasPassedElement(Ids.MANAGERS_ALERTED).isWaitingAtElements(POST_STATUS_UPDATE);
  }

  @Test
  void resolution_stops_the_status_updates_and_closure_brings_the_follow_up() {
    ProcessInstanceEvent emergency = startAndAssign("sam.senior");
    kit.passTime(Duration.ofMinutes(30));
    kit.activateUserTask(POST_STATUS_UPDATE);

    kit.publishMessage(Messages.TICKET_RESOLVED, TICKET_NUMBER);
    assertThat(emergency)
        .hasPassedElement(Ids.EMERGENCY_RESOLVED)
        .isWaitingAtElements(Ids.WAIT_FOR_CLOSURE)
        .hasNotPassedElement(Ids.STATUS_UPDATE_POSTED);
    kit.passTime(Duration.ofMinutes(45));
    assertThat(kit.activateJobs(SupportTicketProcess.JobTypes.USER_TASK)).isEmpty();

    kit.publishMessage(Messages.TICKET_CLOSED, TICKET_NUMBER);
    ActivatedJob followUp = kit.activateUserTask(FOLLOW_UP_WITH_CUSTOMER);
    assertThat(followUp.getCustomHeaders()).containsEntry(Protocol.USER_TASK_ASSIGNEE_HEADER_NAME, "sam.senior");
    kit.complete(followUp);

    assertThat(emergency).isCompleted().hasPassedElement(Ids.EMERGENCY_FOLLOWED_UP).hasNoIncidents();
  }

  private ProcessInstanceEvent startAndAssign(String seniorAgent) {
    ProcessInstanceEvent emergency =
        kit.start(
            EmergencyResponseProcess.PROCESS_ID,
            Map.of(
                SupportTicketProcess.Variables.TICKET_ID, 777L,
                SupportTicketProcess.Variables.TICKET_NUMBER, TICKET_NUMBER,
                Variables.STATUS_UPDATE_INTERVAL, "PT30M",
                Variables.STATUS_UPDATE_GRACE, "PT10M"));
    kit.complete(kit.activateJob(JobTypes.ACKNOWLEDGE_EMERGENCY));
    kit.complete(
        kit.activateJob(JobTypes.ASSIGN_SENIOR_AGENT), Map.of(SupportTicketProcess.Variables.TICKET_OWNER, seniorAgent));
    kit.complete(kit.activateJob(JobTypes.ENGAGE_ENGINEERING));
    return emergency;
  }
}
