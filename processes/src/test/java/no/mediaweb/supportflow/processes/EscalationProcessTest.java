package no.mediaweb.supportflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static no.mediaweb.supportflow.processes.EscalationProcess.Elements.APPROVE_ESCALATION;
import static no.mediaweb.supportflow.processes.EscalationProcess.Elements.WORK_ESCALATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.Protocol;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.mediaweb.supportflow.processes.EscalationProcess.ApprovalDecision;
import no.mediaweb.supportflow.processes.EscalationProcess.Headers;
import no.mediaweb.supportflow.processes.EscalationProcess.JobTypes;
import no.mediaweb.supportflow.processes.EscalationProcess.Messages;
import no.mediaweb.supportflow.processes.EscalationProcess.TierOutcome;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import no.mediaweb.supportflow.processes.EscalationProcess.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class EscalationProcessTest {

  private static final String ESCALATION_KEY = "esc-42";

  private static final class Ids {
    static final String ROUTE_ESCALATION = "route-escalation";
    static final String RECORD_ESCALATION = "record-escalation";
    static final String APPROVE_ON_BREACH = "approve-on-breach";
    static final String HAND_OVER_ESCALATION = "hand-over-escalation";
    static final String SOLVED_BY_TIER = "solved-by-tier";
    static final String ESCALATION_REJECTED = "escalation-rejected";
    static final String RETURNED_TO_OWNER = "returned-to-owner";
    static final String MANAGERS_REMINDED = "managers-reminded";
    static final String TIER_REMINDED = "tier-reminded";
    static final String WITHDRAWN = "withdrawn";
  }

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy("escalation.bpmn", "escalation-routing.dmn");
  }

  @Test
  void an_escalation_needing_approval_waits_for_a_manager_and_is_handed_to_the_tier_once_approved() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_BEYOND_FIRST_LEVEL, "PRO");

    ActivatedJob record = kit.activateJob(JobTypes.RECORD_ESCALATION);
    assertThat(record.getVariablesAsMap().get(Variables.ROUTING))
        .isEqualTo(
            Map.of(
                EscalationRoutingDecision.OUTPUT_TARGET_TIER, EscalationRoutingDecision.TIER_L2,
                EscalationRoutingDecision.OUTPUT_APPROVAL_REQUIRED, true,
                EscalationRoutingDecision.OUTPUT_QUEUE, EscalationRoutingDecision.QUEUE_L2_SPECIALISTS,
                EscalationRoutingDecision.OUTPUT_TIER_RESPONSE_TARGET, "PT4H",
                EscalationRoutingDecision.OUTPUT_APPROVAL_RESPONSE_TARGET, "PT1H"));
    kit.complete(record);

    ActivatedJob approval = kit.activateUserTask(APPROVE_ESCALATION);
    assertThat(approval.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + EscalationProcess.GROUP_MANAGERS + "\"]");
    assertThat(kit.openMessageSubscriptions(escalation))
        .containsExactlyInAnyOrder(Messages.ESCALATION_EXPEDITED, Messages.ESCALATION_WITHDRAWN);
    kit.complete(approval, Map.of(Variables.APPROVAL_DECISION, ApprovalDecision.APPROVED.name()));

    kit.complete(kit.activateJob(JobTypes.HAND_OVER_ESCALATION));
    ActivatedJob tier = kit.activateUserTask(WORK_ESCALATION);
    assertThat(tier.getCustomHeaders())
        .containsEntry(
            Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + EscalationRoutingDecision.QUEUE_L2_SPECIALISTS + "\"]");
    kit.complete(tier, Map.of(Variables.TIER_OUTCOME, TierOutcome.RESOLVED.name()));

    ActivatedJob close = kit.activateJob(JobTypes.CLOSE_ESCALATION);
    assertThat(close.getCustomHeaders()).containsEntry(Headers.OUTCOME, EscalationProcess.Outcome.RESOLVED.name());
    kit.complete(close);

    assertThat(escalation)
        .isCompleted()
        .hasNoIncidents()
        .hasPassedElementsInOrder(
            Ids.ROUTE_ESCALATION, Ids.RECORD_ESCALATION, APPROVE_ESCALATION, Ids.HAND_OVER_ESCALATION,
            WORK_ESCALATION, Ids.SOLVED_BY_TIER);
  }

  @Test
  void a_rejected_escalation_goes_back_to_the_owner_and_never_reaches_the_tier() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_FEATURE_REQUEST, "STARTER");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));

    kit.complete(
        kit.activateUserTask(APPROVE_ESCALATION), Map.of(Variables.APPROVAL_DECISION, ApprovalDecision.REJECTED.name()));

    ActivatedJob close = kit.activateJob(JobTypes.CLOSE_ESCALATION);
    assertThat(close.getCustomHeaders()).containsEntry(Headers.OUTCOME, EscalationProcess.Outcome.REJECTED.name());
    kit.complete(close);
    assertThat(escalation)
        .isCompleted()
        .hasPassedElement(Ids.ESCALATION_REJECTED)
        .hasNotPassedElement(Ids.HAND_OVER_ESCALATION)
        .hasNotPassedElement(WORK_ESCALATION);
  }

  @Test
  void a_reason_without_approval_goes_straight_to_the_tier_queue() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_ACCOUNT_SECURITY, "STARTER");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));
    kit.complete(kit.activateJob(JobTypes.HAND_OVER_ESCALATION));

    ActivatedJob tier = kit.activateUserTask(WORK_ESCALATION);
    assertThat(tier.getCustomHeaders())
        .containsEntry(
            Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + EscalationRoutingDecision.QUEUE_L3_ENGINEERING + "\"]");
    assertThat(escalation).hasNotPassedElement(APPROVE_ESCALATION).isWaitingAtElements(WORK_ESCALATION);
  }

  @Test
  void the_tier_can_escalate_further_and_the_escalation_is_routed_again() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_INTEGRATION_API, "PRO");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));
    kit.complete(kit.activateUserTask(APPROVE_ESCALATION), Map.of(Variables.APPROVAL_DECISION, "APPROVED"));
    kit.complete(kit.activateJob(JobTypes.HAND_OVER_ESCALATION));

    kit.complete(
        kit.activateUserTask(WORK_ESCALATION),
        Map.of(
            Variables.TIER_OUTCOME, TierOutcome.ESCALATE_FURTHER.name(),
            Variables.ESCALATION_REASON, EscalationRoutingDecision.REASON_ENGINEERING_DEFECT));

    ActivatedJob recordAgain = kit.activateJob(JobTypes.RECORD_ESCALATION);
    assertThat(((Map<?, ?>) recordAgain.getVariablesAsMap().get(Variables.ROUTING)).get(EscalationRoutingDecision.OUTPUT_QUEUE))
        .isEqualTo(EscalationRoutingDecision.QUEUE_L3_ENGINEERING);
    kit.complete(recordAgain);
    kit.complete(kit.activateUserTask(APPROVE_ESCALATION), Map.of(Variables.APPROVAL_DECISION, "APPROVED"));
    kit.complete(kit.activateJob(JobTypes.HAND_OVER_ESCALATION));
    ActivatedJob engineering = kit.activateUserTask(WORK_ESCALATION);
    assertThat(engineering.getCustomHeaders())
        .containsEntry(
            Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + EscalationRoutingDecision.QUEUE_L3_ENGINEERING + "\"]");

    assertThat(escalation)
        .hasPassedElement(Ids.ROUTE_ESCALATION, 2)
        .hasPassedElement(WORK_ESCALATION, 1)
        .isWaitingAtElements(WORK_ESCALATION);
  }

  @Test
  void the_tier_can_return_the_ticket_to_its_owner() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_BILLING_DISPUTE, "PRO");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));
    kit.complete(kit.activateJob(JobTypes.HAND_OVER_ESCALATION));

    kit.complete(kit.activateUserTask(WORK_ESCALATION), Map.of(Variables.TIER_OUTCOME, TierOutcome.RETURNED.name()));
    ActivatedJob close = kit.activateJob(JobTypes.CLOSE_ESCALATION);
    assertThat(close.getCustomHeaders()).containsEntry(Headers.OUTCOME, EscalationProcess.Outcome.RETURNED.name());
    kit.complete(close);

    assertThat(escalation).isCompleted().hasPassedElement(Ids.RETURNED_TO_OWNER).hasNotPassedElement(Ids.SOLVED_BY_TIER);
  }

  @Test
  void an_sla_breach_while_awaiting_approval_approves_the_escalation_at_once() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_PERFORMANCE, "ENTERPRISE");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));
    kit.activateUserTask(APPROVE_ESCALATION);

    kit.publishMessage(Messages.ESCALATION_EXPEDITED, ESCALATION_KEY);

    kit.complete(kit.activateJob(JobTypes.APPROVE_ESCALATION_ON_BREACH));
    kit.complete(kit.activateJob(JobTypes.HAND_OVER_ESCALATION));
    assertThat(escalation)
        .hasPassedElement(Ids.APPROVE_ON_BREACH)
        .isWaitingAtElements(WORK_ESCALATION)
        .hasNoIncidents();
    assertThat(kit.activateJobs(EscalationProcess.JobTypes.CLOSE_ESCALATION)).isEmpty();
  }

  @Test
  void an_expedite_message_for_another_escalation_leaves_this_one_waiting() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_PERFORMANCE, "PRO");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));

    kit.publishMessage(Messages.ESCALATION_EXPEDITED, "another-escalation");

    assertThat(escalation).isWaitingAtElements(APPROVE_ESCALATION).hasNotPassedElement(Ids.APPROVE_ON_BREACH);
  }

  @Test
  void an_overdue_approval_reminds_the_managers_and_keeps_waiting() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_BEYOND_FIRST_LEVEL, "PRO");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));

    kit.passTime(Duration.ofMinutes(61));

    ActivatedJob reminder = kit.activateJob(JobTypes.SEND_ESCALATION_REMINDER);
    assertThat(reminder.getCustomHeaders()).containsEntry(Headers.AUDIENCE, EscalationProcess.Audience.APPROVERS.name());
    kit.complete(reminder);
    assertThat(escalation).hasPassedElement(Ids.MANAGERS_REMINDED).isWaitingAtElements(APPROVE_ESCALATION);
  }

  @Test
  void a_tier_that_does_not_respond_in_time_is_reminded() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_SLA_BREACH, "STARTER");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));
    kit.complete(kit.activateJob(JobTypes.HAND_OVER_ESCALATION));

    kit.passTime(Duration.ofMinutes(59));
    assertThat(kit.activateJobs(JobTypes.SEND_ESCALATION_REMINDER)).isEmpty();
    kit.passTime(Duration.ofMinutes(2));

    ActivatedJob reminder = kit.activateJob(JobTypes.SEND_ESCALATION_REMINDER);
    assertThat(reminder.getCustomHeaders()).containsEntry(Headers.AUDIENCE, EscalationProcess.Audience.TIER.name());
    kit.complete(reminder);
    assertThat(escalation).hasPassedElement(Ids.TIER_REMINDED).isWaitingAtElements(WORK_ESCALATION);
  }

  @Test
  void a_withdrawal_ends_the_escalation_wherever_it_is() {
    ProcessInstanceEvent escalation = start(EscalationRoutingDecision.REASON_BEYOND_FIRST_LEVEL, "PRO");
    kit.complete(kit.activateJob(JobTypes.RECORD_ESCALATION));

    kit.publishMessage(Messages.ESCALATION_WITHDRAWN, ESCALATION_KEY);

    assertThat(escalation).isCompleted().hasPassedElement(Ids.WITHDRAWN).hasNotPassedElement(WORK_ESCALATION);
  }

  private ProcessInstanceEvent start(String reason, String plan) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SupportTicketProcess.Variables.TICKET_ID, 123L);
    variables.put(SupportTicketProcess.Variables.TICKET_NUMBER, "MW-000123");
    variables.put(SupportTicketProcess.Variables.PLAN, plan);
    variables.put(Variables.ESCALATION_KEY, ESCALATION_KEY);
    variables.put(Variables.ESCALATION_REASON, reason);
    variables.put(Variables.ESCALATION_NOTE, "Customer's DNS zone looks broken");
    variables.put(Variables.ESCALATION_REQUESTED_BY, "Alex Agent");
    variables.put(Variables.ESCALATION_TRIGGER, Trigger.AGENT.name());
    return kit.start(EscalationProcess.PROCESS_ID, variables);
  }
}
