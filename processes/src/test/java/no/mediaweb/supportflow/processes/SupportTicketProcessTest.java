package no.mediaweb.supportflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.ESCALATE_BREACH;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.ESCALATE_TICKET;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.HANDLE_TICKET;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.RUN_EMERGENCY_RESPONSE;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.RESOLVE_ISSUE;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.SEND_FIRST_RESPONSE;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.WAIT_FOR_CONFIRMATION;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.WAIT_FOR_CUSTOMER_REPLY;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Elements.WORK_ON_TICKET;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Messages.CUSTOMER_REPLIED;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Messages.RESOLUTION_CONFIRMED;
import static no.mediaweb.supportflow.processes.SupportTicketProcess.Messages.SLA_TARGETS_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.Protocol;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.EscalationIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import io.camunda.zeebe.protocol.record.value.EscalationRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Escalations;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Headers;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Messages;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class SupportTicketProcessTest {

  private static final String TICKET_NUMBER = "MW-000123";

  /** Elements that only the diagram and these tests name (workers see job types and headers). */
  private static final class Ids {
    static final String TICKET_RECEIVED = "ticket-received";
    static final String DETERMINE_SLA_TARGETS = "determine-sla-targets";
    static final String COMPUTE_SLA_DUE_DATES = "compute-sla-due-dates";
    static final String HANDLE_AGAIN = "handle-again";
    static final String ALREADY_ANSWERED = "already-answered";
    static final String AGENTS_NEXT_STEP = "agents-next-step";
    static final String RESOLUTION_PROPOSED = "resolution-proposed";
    static final String INFORMATION_REQUESTED = "information-requested";
    static final String WAITING_ON_CUSTOMER = "waiting-on-customer";
    static final String ISSUE_RESOLVED = "issue-resolved";
    static final String WITHDRAW_ESCALATIONS = "withdraw-escalations";
    static final String CLASSIFY_EMERGENCY = "classify-emergency";
    static final String CRITICAL_EMERGENCY = "critical-emergency";
    static final String SLA_BREACH_CAUGHT = "sla-breach-caught";
    static final String ESCALATION_REQUEST_RECEIVED = "escalation-request-received";
    static final String SLA_TARGETS_CHANGED = "sla-targets-changed";
    static final String FIRST_RESPONSE_AT_RISK = "first-response-at-risk";
    static final String MARK_FIRST_RESPONSE_AT_RISK = "mark-first-response-at-risk";
    static final String FIRST_RESPONSE_FLAGGED_AT_RISK = "first-response-flagged-at-risk";
    static final String FIRST_RESPONSE_DUE = "first-response-due";
    static final String MARK_FIRST_RESPONSE_BREACHED = "mark-first-response-breached";
    static final String FIRST_RESPONSE_SLA_BREACHED = "first-response-sla-breached";
    static final String FIRST_RESPONSE_FLAGGED_BREACHED = "first-response-flagged-breached";
    static final String MARK_WAITING_ON_CUSTOMER = "mark-waiting-on-customer";
    static final String RESUME_TICKET = "resume-ticket";
    static final String REMINDER_DUE = "reminder-due";
    static final String SEND_CUSTOMER_REMINDER = "send-customer-reminder";
    static final String REMINDER_SENT = "reminder-sent";
    static final String CUSTOMER_SILENT = "customer-silent";
    static final String NO_REPLY_FROM_CUSTOMER = "no-reply-from-customer";
    static final String CUSTOMER_SILENT_CAUGHT = "customer-silent-caught";
    static final String CLOSE_TICKET_WITHOUT_REPLY = "close-ticket-without-reply";
    static final String CLOSED_WITHOUT_REPLY = "closed-without-reply";
    static final String RESOLUTION_AT_RISK = "resolution-at-risk";
    static final String MARK_RESOLUTION_AT_RISK = "mark-resolution-at-risk";
    static final String RESOLUTION_FLAGGED_AT_RISK = "resolution-flagged-at-risk";
    static final String RESOLUTION_DUE = "resolution-due";
    static final String MARK_RESOLUTION_BREACHED = "mark-resolution-breached";
    static final String RESOLUTION_SLA_BREACHED = "resolution-sla-breached";
    static final String RESOLUTION_FLAGGED_BREACHED = "resolution-flagged-breached";
    static final String MARK_TICKET_RESOLVED = "mark-ticket-resolved";
    static final String CLOSE_TICKET_CONFIRMED = "close-ticket-confirmed";
    static final String TICKET_CLOSED = "ticket-closed";
    static final String CONFIRMATION_PERIOD_OVER = "confirmation-period-over";
    static final String CLOSE_TICKET_AUTOMATICALLY = "close-ticket-automatically";
    static final String TICKET_CLOSED_AUTOMATICALLY = "ticket-closed-automatically";
    static final String CUSTOMER_REPLIED_AFTER_RESOLUTION = "customer-replied-after-resolution";
    static final String REOPEN_TICKET = "reopen-ticket";
  }

  /** What compute-due-dates (and sla-targets-changed) carry: ISO-8601 UTC instants. */
  private record DueDates(
      Instant firstResponseAtRiskAt, Instant firstResponseDueAt, Instant resolutionAtRiskAt, Instant resolutionDueAt) {

    Map<String, Object> asVariables() {
      return Map.of(
          Variables.FIRST_RESPONSE_AT_RISK_AT, iso(firstResponseAtRiskAt),
          Variables.FIRST_RESPONSE_DUE_AT, iso(firstResponseDueAt),
          Variables.RESOLUTION_AT_RISK_AT, iso(resolutionAtRiskAt),
          Variables.RESOLUTION_DUE_AT, iso(resolutionDueAt));
    }
  }

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy(
        "support-ticket.bpmn", "escalation.bpmn", "emergency-response.bpmn", "sla-policy.dmn",
        "escalation-routing.dmn", "emergency-classification.dmn");
  }

  @Test
  void ticket_is_answered_worked_on_resolved_and_closed_when_the_customer_confirms() {
    ProcessInstanceEvent ticket = kit.start(SupportTicketProcess.PROCESS_ID, newTicket("ENTERPRISE", "HIGH"));

    ActivatedJob computeDueDates = kit.activateJob(JobTypes.COMPUTE_DUE_DATES);
    assertThat(computeDueDates.getElementId()).isEqualTo(Ids.COMPUTE_SLA_DUE_DATES);
    assertThat(computeDueDates.getVariablesAsMap())
        .containsEntry(
            Variables.SLA_TARGETS,
            Map.of(
                SlaPolicyDecision.OUTPUT_FIRST_RESPONSE_TARGET, "PT2H",
                SlaPolicyDecision.OUTPUT_RESOLUTION_TARGET, "PT4H",
                SlaPolicyDecision.OUTPUT_NEXT_REPLY_TARGET, "PT2H",
                SlaPolicyDecision.OUTPUT_CALENDAR, SlaPolicyDecision.CALENDAR_BUSINESS_HOURS));
    kit.complete(computeDueDates, farAhead().asVariables());

    ActivatedJob firstResponse = kit.activateUserTask(SEND_FIRST_RESPONSE);
    assertThat(firstResponse.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + SupportTicketProcess.GROUP_L1 + "\"]");
    assertThat(ticket).isWaitingAtElements(RESOLVE_ISSUE, HANDLE_TICKET, SEND_FIRST_RESPONSE);
    assertThat(kit.openMessageSubscriptions(ticket)).containsExactlyInAnyOrder(SLA_TARGETS_CHANGED, Messages.ESCALATION_REQUESTED);
    kit.complete(firstResponse, agentAnswers(AgentAction.REPLY));

    ActivatedJob work = kit.activateUserTask(WORK_ON_TICKET);
    assertThat(work.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + SupportTicketProcess.GROUP_L1 + "\"]");
    kit.complete(work, agentDoes(AgentAction.REPLY));
    kit.complete(kit.activateUserTask(WORK_ON_TICKET), agentDoes(AgentAction.PROPOSE_RESOLUTION));
    kit.complete(kit.activateJob(JobTypes.WITHDRAW_ESCALATIONS));

    kit.complete(kit.activateJob(JobTypes.MARK_TICKET_RESOLVED));
    assertThat(ticket).isWaitingAtElements(WAIT_FOR_CONFIRMATION);
    assertThat(kit.openMessageSubscriptions(ticket)).containsExactlyInAnyOrder(RESOLUTION_CONFIRMED, CUSTOMER_REPLIED);

    kit.publishMessage(RESOLUTION_CONFIRMED, TICKET_NUMBER);
    ActivatedJob close = kit.activateJob(JobTypes.CLOSE_TICKET);
    assertThat(close.getElementId()).isEqualTo(Ids.CLOSE_TICKET_CONFIRMED);
    assertThat(close.getCustomHeaders()).containsEntry(Headers.CLOSE_REASON, "CONFIRMED");
    kit.complete(close);

    assertThat(ticket)
        .isCompleted()
        .hasNoIncidents()
        .hasPassedElementsInOrder(
            Ids.TICKET_RECEIVED,
            Ids.DETERMINE_SLA_TARGETS,
            Ids.COMPUTE_SLA_DUE_DATES,
            SEND_FIRST_RESPONSE,
            Ids.RESOLUTION_PROPOSED,
            HANDLE_TICKET,
            Ids.WAITING_ON_CUSTOMER,
            Ids.WITHDRAW_ESCALATIONS,
            Ids.ISSUE_RESOLVED,
            RESOLVE_ISSUE,
            Ids.MARK_TICKET_RESOLVED,
            WAIT_FOR_CONFIRMATION,
            Ids.CLOSE_TICKET_CONFIRMED,
            Ids.TICKET_CLOSED)
        .hasPassedElement(HANDLE_TICKET, 1)
        .hasPassedElement(WORK_ON_TICKET, 2)
        .hasPassedElement(Ids.AGENTS_NEXT_STEP, 3)
        .hasNotPassedElement(Ids.MARK_WAITING_ON_CUSTOMER)
        .hasNotPassedElement(Ids.MARK_FIRST_RESPONSE_AT_RISK)
        .hasNotPassedElement(Ids.MARK_RESOLUTION_AT_RISK)
        .hasNotPassedElement(Ids.REOPEN_TICKET)
        .hasNotPassedElement(Ids.CLOSE_TICKET_AUTOMATICALLY);
  }

  @Test
  void information_request_waits_for_the_customer_and_resumes_work_on_the_reply() {
    ProcessInstanceEvent ticket = startTicket(farAhead());
    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.REQUEST_INFO));
    kit.complete(kit.activateJob(JobTypes.MARK_WAITING_ON_CUSTOMER));
    assertThat(ticket)
        .isWaitingAtElements(WAIT_FOR_CUSTOMER_REPLY)
        .isNotWaitingAtElements(HANDLE_TICKET)
        .hasPassedElementsInOrder(Ids.INFORMATION_REQUESTED, HANDLE_TICKET, Ids.WAITING_ON_CUSTOMER);
    // no sla-targets-changed subscription while the ticket waits: the change is not correlated then
    assertThat(kit.openMessageSubscriptions(ticket)).containsExactlyInAnyOrder(CUSTOMER_REPLIED, Messages.ESCALATION_REQUESTED);

    kit.publishMessage(CUSTOMER_REPLIED, "MW-999999");
    assertThat(ticket).isWaitingAtElements(WAIT_FOR_CUSTOMER_REPLY);

    kit.publishMessage(CUSTOMER_REPLIED, TICKET_NUMBER);
    ActivatedJob resume = kit.activateJob(JobTypes.RESUME_TICKET);
    Instant atRisk = seconds(kit.now().plus(days(20)));
    Instant due = seconds(kit.now().plus(days(21)));
    kit.complete(resume, resolutionDates(atRisk, due));

    assertThat(ticket)
        .isWaitingAtElements(HANDLE_TICKET, WORK_ON_TICKET)
        .isNotWaitingAtElements(WAIT_FOR_CUSTOMER_REPLY)
        .hasCorrelatedMessageByName(CUSTOMER_REPLIED, 1)
        .hasPassedElementsInOrder(
            SEND_FIRST_RESPONSE, Ids.MARK_WAITING_ON_CUSTOMER, WAIT_FOR_CUSTOMER_REPLY, Ids.RESUME_TICKET)
        .hasPassedElement(Ids.HANDLE_AGAIN, 2)
        .hasPassedElement(SEND_FIRST_RESPONSE, 1)
        .hasNotPassedElement(Ids.SEND_CUSTOMER_REMINDER);
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_AT_RISK)).isEqualTo(atRisk);
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_DUE)).isEqualTo(due);
  }

  @Test
  void resolution_timers_do_not_fire_while_the_ticket_waits_on_the_customer_and_fire_at_the_new_dates_after_the_reply() {
    Instant now = kit.now();
    ProcessInstanceEvent ticket =
        startTicket(new DueDates(now.plus(days(30)), now.plus(days(31)), now.plus(hours(2)), now.plus(hours(4))));
    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.REQUEST_INFO));
    kit.complete(kit.activateJob(JobTypes.MARK_WAITING_ON_CUSTOMER));
    assertThat(ticket).isWaitingAtElements(WAIT_FOR_CUSTOMER_REPLY);

    kit.passTime(hours(5)); // past the old at-risk and due dates
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_AT_RISK)).isEmpty();
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_BREACHED)).isEmpty();
    assertThat(ticket).hasNotPassedElement(Ids.RESOLUTION_AT_RISK).hasNotPassedElement(Ids.RESOLUTION_DUE);

    kit.publishMessage(CUSTOMER_REPLIED, TICKET_NUMBER);
    // the clock was paused with 2 h to at-risk and 4 h to due left: resume-ticket moves both
    Instant newAtRisk = seconds(kit.now().plus(hours(2)));
    Instant newDue = seconds(kit.now().plus(hours(4)));
    kit.complete(kit.activateJob(JobTypes.RESUME_TICKET), resolutionDates(newAtRisk, newDue));
    assertThat(ticket).isWaitingAtElements(WORK_ON_TICKET);
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_AT_RISK)).isEqualTo(newAtRisk);
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_DUE)).isEqualTo(newDue);

    kit.passTime(hours(2).minusMinutes(5));
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_AT_RISK)).isEmpty();

    kit.passTime(Duration.ofMinutes(10));
    ActivatedJob atRisk = kit.activateJob(JobTypes.MARK_SLA_AT_RISK);
    assertThat(atRisk.getElementId()).isEqualTo(Ids.MARK_RESOLUTION_AT_RISK);
    assertThat(atRisk.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "RESOLUTION");
    kit.complete(atRisk);
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_BREACHED)).isEmpty();
    assertThat(ticket)
        .hasPassedElement(Ids.RESOLUTION_AT_RISK, 1)
        .isWaitingAtElements(WORK_ON_TICKET)
        .hasNoIncidents();
  }

  @Test
  void a_priority_change_rearms_the_first_response_timers_at_the_new_dates() {
    Instant now = kit.now();
    ProcessInstanceEvent ticket =
        startTicket(new DueDates(now.plus(hours(3)), now.plus(hours(4)), now.plus(days(30)), now.plus(days(31))));
    ActivatedJob oldTask = kit.activateUserTask(SEND_FIRST_RESPONSE);

    DueDates earlier = new DueDates(now.plus(hours(1)), now.plus(hours(2)), now.plus(days(10)), now.plus(days(11)));
    kit.publishMessage(SLA_TARGETS_CHANGED, TICKET_NUMBER, slaTargetsChanged(critical(), earlier));

    assertThat(ticket)
        .hasCorrelatedMessageByName(SLA_TARGETS_CHANGED, 1)
        .hasPassedElement(Ids.SLA_TARGETS_CHANGED)
        .isWaitingAtElements(HANDLE_TICKET, SEND_FIRST_RESPONSE)
        .hasNotPassedElement(SEND_FIRST_RESPONSE);
    assertThat(terminatedElementInstances(ticket, SEND_FIRST_RESPONSE)).containsExactly(oldTask.getElementInstanceKey());
    ActivatedJob newTask = kit.activateUserTask(SEND_FIRST_RESPONSE);
    assertThat(newTask.getElementInstanceKey()).isNotEqualTo(oldTask.getElementInstanceKey());
    assertThat(newTask.getVariablesAsMap())
        .containsEntry(Variables.SLA_TARGETS, critical())
        .containsAllEntriesOf(earlier.asVariables());
    assertThat(timerDueDate(ticket, Ids.FIRST_RESPONSE_AT_RISK)).isEqualTo(seconds(earlier.firstResponseAtRiskAt()));
    assertThat(timerDueDate(ticket, Ids.FIRST_RESPONSE_DUE)).isEqualTo(seconds(earlier.firstResponseDueAt()));

    kit.passTime(Duration.ofMinutes(55));
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_AT_RISK)).isEmpty();

    kit.passTime(Duration.ofMinutes(10));
    ActivatedJob atRisk = kit.activateJob(JobTypes.MARK_SLA_AT_RISK);
    assertThat(atRisk.getElementId()).isEqualTo(Ids.MARK_FIRST_RESPONSE_AT_RISK);
    assertThat(atRisk.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "FIRST_RESPONSE");
    kit.complete(atRisk);

    kit.passTime(hours(1));
    ActivatedJob breached = kit.activateJob(JobTypes.MARK_SLA_BREACHED);
    assertThat(breached.getElementId()).isEqualTo(Ids.MARK_FIRST_RESPONSE_BREACHED);
    kit.complete(breached);

    kit.passTime(hours(3)); // past the old at-risk (3 h) and due (4 h) dates: they no longer matter
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_AT_RISK)).isEmpty();
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_BREACHED)).isEmpty();
    assertThat(ticket)
        .hasPassedElement(Ids.FIRST_RESPONSE_AT_RISK, 1)
        .hasPassedElement(Ids.FIRST_RESPONSE_DUE, 1)
        .isWaitingAtElements(SEND_FIRST_RESPONSE)
        .hasNoIncidents();
  }

  @Test
  void a_priority_change_during_work_rearms_the_resolution_timers_and_returns_to_work_on_ticket() {
    Instant now = kit.now();
    DueDates original = new DueDates(now.plus(hours(1)), now.plus(hours(2)), now.plus(hours(6)), now.plus(hours(8)));
    ProcessInstanceEvent ticket = startTicket(original);
    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.REPLY));
    ActivatedJob oldWork = kit.activateUserTask(WORK_ON_TICKET);

    DueDates earlier =
        new DueDates(original.firstResponseAtRiskAt(), original.firstResponseDueAt(), now.plus(hours(1)), now.plus(hours(2)));
    kit.publishMessage(SLA_TARGETS_CHANGED, TICKET_NUMBER, slaTargetsChanged(critical(), earlier));

    assertThat(ticket)
        .isWaitingAtElements(WORK_ON_TICKET)
        .isNotWaitingAtElements(SEND_FIRST_RESPONSE)
        .hasPassedElement(SEND_FIRST_RESPONSE, 1)
        .hasPassedElement(Ids.ALREADY_ANSWERED, 2);
    assertThat(terminatedElementInstances(ticket, WORK_ON_TICKET)).containsExactly(oldWork.getElementInstanceKey());
    assertThat(kit.activateUserTask(WORK_ON_TICKET).getElementInstanceKey()).isNotEqualTo(oldWork.getElementInstanceKey());
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_AT_RISK)).isEqualTo(seconds(earlier.resolutionAtRiskAt()));
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_DUE)).isEqualTo(seconds(earlier.resolutionDueAt()));

    kit.passTime(Duration.ofMinutes(65)); // past the first response dates too: it was sent, nothing fires
    ActivatedJob atRisk = kit.activateJob(JobTypes.MARK_SLA_AT_RISK);
    assertThat(atRisk.getElementId()).isEqualTo(Ids.MARK_RESOLUTION_AT_RISK);
    assertThat(atRisk.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "RESOLUTION");
  }

  @Test
  void a_breach_throws_the_sla_breached_escalation_and_the_ticket_keeps_going() {
    Instant now = kit.now();
    ProcessInstanceEvent ticket =
        startTicket(new DueDates(now.plus(hours(1)), now.plus(hours(2)), now.plus(days(30)), now.plus(days(31))));
    kit.passTime(hours(2).plusMinutes(5));
    kit.complete(kit.activateJob(JobTypes.MARK_SLA_AT_RISK));
    assertThat(escalations(ticket)).isEmpty();

    kit.complete(kit.activateJob(JobTypes.MARK_SLA_BREACHED));

    assertThat(ticket)
        .hasPassedElementsInOrder(
            Ids.FIRST_RESPONSE_DUE,
            Ids.MARK_FIRST_RESPONSE_BREACHED,
            Ids.FIRST_RESPONSE_SLA_BREACHED,
            Ids.FIRST_RESPONSE_FLAGGED_BREACHED)
        .isWaitingAtElements(HANDLE_TICKET, SEND_FIRST_RESPONSE)
        .hasNoIncidents();
    List<Record<EscalationRecordValue>> escalations = escalations(ticket);
    assertThat(escalations).hasSize(1);
    assertThat(escalations.getFirst().getIntent()).isEqualTo(EscalationIntent.ESCALATED);
    assertThat(escalations.getFirst().getValue().getEscalationCode()).isEqualTo(Escalations.SLA_BREACHED);
    assertThat(escalations.getFirst().getValue().getThrowElementId()).isEqualTo(Ids.FIRST_RESPONSE_SLA_BREACHED);
    assertThat(ticket).hasPassedElement(Ids.SLA_BREACH_CAUGHT).isWaitingAtElements(ESCALATE_BREACH);
    assertThat(kit.activateJob(EscalationProcess.JobTypes.RECORD_ESCALATION).getVariablesAsMap())
        .containsEntry(EscalationProcess.Variables.ESCALATION_REASON, EscalationRoutingDecision.REASON_SLA_BREACH)
        .containsEntry(EscalationProcess.Variables.ESCALATION_TRIGGER, EscalationProcess.Trigger.SLA_BREACH.name())
        .hasEntrySatisfying(
            EscalationProcess.Variables.ESCALATION_KEY, key -> assertThat((String) key).startsWith("sla-breach-" + TICKET_NUMBER));

    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.PROPOSE_RESOLUTION));
    kit.complete(kit.activateJob(JobTypes.WITHDRAW_ESCALATIONS));
    assertThat(ticket).hasPassedElement(RESOLVE_ISSUE).isWaitingAtElements(Ids.MARK_TICKET_RESOLVED).hasNoIncidents();
    assertThat(ticket).extractingLatestCalledProcess().isTerminated();
  }

  @Test
  void silent_customer_gets_a_reminder_and_the_ticket_is_closed_without_reply_after_the_auto_close_period() {
    ProcessInstanceEvent ticket = startTicket(farAhead());
    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.REQUEST_INFO));
    kit.complete(kit.activateJob(JobTypes.MARK_WAITING_ON_CUSTOMER));

    kit.passTime(Duration.ofDays(2).minusMinutes(5));
    assertThat(kit.activateJobs(JobTypes.SEND_CUSTOMER_REMINDER)).isEmpty();

    kit.passTime(Duration.ofMinutes(10));
    kit.complete(kit.activateJob(JobTypes.SEND_CUSTOMER_REMINDER));
    assertThat(ticket)
        .hasPassedElementsInOrder(Ids.REMINDER_DUE, Ids.SEND_CUSTOMER_REMINDER, Ids.REMINDER_SENT)
        .isWaitingAtElements(WAIT_FOR_CUSTOMER_REPLY);
    assertThat(kit.openMessageSubscriptions(ticket)).containsExactlyInAnyOrder(CUSTOMER_REPLIED, Messages.ESCALATION_REQUESTED);

    kit.passTime(Duration.ofDays(3));
    ActivatedJob close = kit.activateJob(JobTypes.CLOSE_TICKET);
    assertThat(close.getElementId()).isEqualTo(Ids.CLOSE_TICKET_WITHOUT_REPLY);
    assertThat(close.getCustomHeaders()).containsEntry(Headers.CLOSE_REASON, "NO_CUSTOMER_REPLY");
    kit.complete(close);

    assertThat(ticket)
        .isCompleted()
        .hasPassedElementsInOrder(
            Ids.CUSTOMER_SILENT,
            Ids.CUSTOMER_SILENT_CAUGHT,
            Ids.CLOSE_TICKET_WITHOUT_REPLY,
            Ids.CLOSED_WITHOUT_REPLY)
        .hasPassedElement(Ids.SEND_CUSTOMER_REMINDER, 1)
        .hasNotPassedElement(WAIT_FOR_CUSTOMER_REPLY)
        .hasNotPassedElement(Ids.NO_REPLY_FROM_CUSTOMER) // an error end event throws instead of completing
        .hasNotPassedElement(RESOLVE_ISSUE)
        .hasNotPassedElement(Ids.MARK_TICKET_RESOLVED);
  }

  @Test
  void resolution_is_confirmed_automatically_when_the_confirmation_period_is_over() {
    ProcessInstanceEvent ticket = startWithResolutionProposed();
    kit.complete(kit.activateJob(JobTypes.MARK_TICKET_RESOLVED));

    kit.passTime(Duration.ofDays(3).minusMinutes(5));
    assertThat(ticket).isWaitingAtElements(WAIT_FOR_CONFIRMATION);
    assertThat(kit.activateJobs(JobTypes.CLOSE_TICKET)).isEmpty();

    kit.passTime(Duration.ofMinutes(10));
    ActivatedJob close = kit.activateJob(JobTypes.CLOSE_TICKET);
    assertThat(close.getElementId()).isEqualTo(Ids.CLOSE_TICKET_AUTOMATICALLY);
    assertThat(close.getCustomHeaders()).containsEntry(Headers.CLOSE_REASON, "AUTO_CONFIRMED");
    kit.complete(close);

    assertThat(ticket)
        .isCompleted()
        .hasPassedElementsInOrder(
            Ids.MARK_TICKET_RESOLVED,
            Ids.CONFIRMATION_PERIOD_OVER,
            Ids.CLOSE_TICKET_AUTOMATICALLY,
            Ids.TICKET_CLOSED_AUTOMATICALLY)
        .hasNotPassedElement(WAIT_FOR_CONFIRMATION)
        .hasNotPassedElement(Ids.CLOSE_TICKET_CONFIRMED)
        .hasNotPassedElement(Ids.REOPEN_TICKET);
  }

  @Test
  void customer_reply_after_resolution_reopens_the_ticket_and_rearms_the_resolution_timers_at_the_new_dates() {
    ProcessInstanceEvent ticket = startWithResolutionProposed();
    kit.complete(kit.activateJob(JobTypes.MARK_TICKET_RESOLVED));

    kit.publishMessage(CUSTOMER_REPLIED, TICKET_NUMBER);
    ActivatedJob reopen = kit.activateJob(JobTypes.REOPEN_TICKET);
    assertThat(reopen.getElementId()).isEqualTo(Ids.REOPEN_TICKET);
    // the plan's next-reply target (Pro: 4 business hours) from now
    Instant newAtRisk = seconds(kit.now().plus(hours(3)));
    Instant newDue = seconds(kit.now().plus(hours(4)));
    kit.complete(reopen, resolutionDates(newAtRisk, newDue));

    assertThat(ticket)
        .isWaitingAtElements(RESOLVE_ISSUE, HANDLE_TICKET, WORK_ON_TICKET)
        .isNotWaitingAtElements(WAIT_FOR_CONFIRMATION, SEND_FIRST_RESPONSE)
        .hasPassedElementsInOrder(Ids.CUSTOMER_REPLIED_AFTER_RESOLUTION, Ids.REOPEN_TICKET, Ids.ALREADY_ANSWERED)
        .hasNotPassedElement(WAIT_FOR_CONFIRMATION)
        .hasNotPassedElement(Ids.CLOSE_TICKET_CONFIRMED);
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_AT_RISK)).isEqualTo(newAtRisk);
    assertThat(timerDueDate(ticket, Ids.RESOLUTION_DUE)).isEqualTo(newDue);

    kit.passTime(hours(3).minusMinutes(5));
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_AT_RISK)).isEmpty();

    kit.passTime(Duration.ofMinutes(10));
    ActivatedJob atRisk = kit.activateJob(JobTypes.MARK_SLA_AT_RISK);
    assertThat(atRisk.getElementId()).isEqualTo(Ids.MARK_RESOLUTION_AT_RISK);
    assertThat(atRisk.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "RESOLUTION");
  }

  @Test
  void first_response_at_risk_and_breach_are_flagged_while_the_first_response_stays_open() {
    Instant now = kit.now();
    ProcessInstanceEvent ticket =
        startTicket(new DueDates(now.plus(hours(1)), now.plus(hours(2)), now.plus(days(30)), now.plus(days(31))));
    assertThat(timerDueDate(ticket, Ids.FIRST_RESPONSE_AT_RISK)).isEqualTo(seconds(now.plus(hours(1))));
    assertThat(timerDueDate(ticket, Ids.FIRST_RESPONSE_DUE)).isEqualTo(seconds(now.plus(hours(2))));

    kit.passTime(Duration.ofMinutes(55));
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_AT_RISK)).isEmpty();

    kit.passTime(Duration.ofMinutes(10));
    ActivatedJob atRisk = kit.activateJob(JobTypes.MARK_SLA_AT_RISK);
    assertThat(atRisk.getElementId()).isEqualTo(Ids.MARK_FIRST_RESPONSE_AT_RISK);
    assertThat(atRisk.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "FIRST_RESPONSE");
    kit.complete(atRisk);
    assertThat(ticket)
        .hasPassedElementsInOrder(Ids.FIRST_RESPONSE_AT_RISK, Ids.MARK_FIRST_RESPONSE_AT_RISK, Ids.FIRST_RESPONSE_FLAGGED_AT_RISK)
        .isWaitingAtElements(SEND_FIRST_RESPONSE);

    kit.passTime(Duration.ofHours(1));
    ActivatedJob breached = kit.activateJob(JobTypes.MARK_SLA_BREACHED);
    assertThat(breached.getElementId()).isEqualTo(Ids.MARK_FIRST_RESPONSE_BREACHED);
    assertThat(breached.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "FIRST_RESPONSE");
    kit.complete(breached);
    assertThat(ticket)
        .hasPassedElementsInOrder(Ids.FIRST_RESPONSE_DUE, Ids.MARK_FIRST_RESPONSE_BREACHED, Ids.FIRST_RESPONSE_FLAGGED_BREACHED)
        .isWaitingAtElements(SEND_FIRST_RESPONSE)
        .hasNotPassedElement(SEND_FIRST_RESPONSE);

    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.REPLY));
    assertThat(ticket).isWaitingAtElements(WORK_ON_TICKET).hasNoIncidents();
  }

  @Test
  void resolution_at_risk_and_breach_are_flagged_while_the_ticket_is_being_handled() {
    Instant now = kit.now();
    ProcessInstanceEvent ticket =
        startTicket(new DueDates(now.plus(hours(1)), now.plus(hours(2)), now.plus(days(1)), now.plus(days(2))));
    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.REPLY));

    kit.passTime(Duration.ofDays(1).plusMinutes(5));
    ActivatedJob atRisk = kit.activateJob(JobTypes.MARK_SLA_AT_RISK);
    assertThat(atRisk.getElementId()).isEqualTo(Ids.MARK_RESOLUTION_AT_RISK);
    assertThat(atRisk.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "RESOLUTION");
    kit.complete(atRisk);
    assertThat(ticket)
        .hasPassedElementsInOrder(Ids.RESOLUTION_AT_RISK, Ids.MARK_RESOLUTION_AT_RISK, Ids.RESOLUTION_FLAGGED_AT_RISK)
        .isWaitingAtElements(WORK_ON_TICKET);
    assertThat(kit.activateJobs(JobTypes.MARK_SLA_BREACHED)).isEmpty();

    kit.passTime(Duration.ofDays(1));
    ActivatedJob breached = kit.activateJob(JobTypes.MARK_SLA_BREACHED);
    assertThat(breached.getElementId()).isEqualTo(Ids.MARK_RESOLUTION_BREACHED);
    assertThat(breached.getCustomHeaders()).containsEntry(Headers.SLA_TARGET, "RESOLUTION");
    kit.complete(breached);
    assertThat(ticket)
        .hasPassedElementsInOrder(
            Ids.RESOLUTION_DUE, Ids.MARK_RESOLUTION_BREACHED, Ids.RESOLUTION_SLA_BREACHED, Ids.RESOLUTION_FLAGGED_BREACHED)
        .isWaitingAtElements(WORK_ON_TICKET)
        .hasNotPassedElement(Ids.MARK_FIRST_RESPONSE_AT_RISK)
        .hasNotPassedElement(Ids.MARK_FIRST_RESPONSE_BREACHED)
        .hasNoIncidents();
    assertThat(escalations(ticket))
        .singleElement()
        .satisfies(e -> assertThat(e.getValue().getThrowElementId()).isEqualTo(Ids.RESOLUTION_SLA_BREACHED));

    kit.complete(kit.activateUserTask(WORK_ON_TICKET), agentDoes(AgentAction.PROPOSE_RESOLUTION));
    kit.complete(kit.activateJob(JobTypes.WITHDRAW_ESCALATIONS));
    assertThat(ticket).hasPassedElement(RESOLVE_ISSUE).isWaitingAtElements(Ids.MARK_TICKET_RESOLVED);
  }

  @Test
  void a_critical_emergency_runs_the_emergency_response_beside_the_resolution() {
    Map<String, Object> variables = new HashMap<>(newTicket("PRO", "NORMAL"));
    variables.put(Variables.CATEGORY, EmergencyClassificationDecision.CATEGORY_SITE_DOWN);
    ProcessInstanceEvent ticket = kit.start(SupportTicketProcess.PROCESS_ID, variables);
    kit.complete(kit.activateJob(JobTypes.COMPUTE_DUE_DATES), farAhead().asVariables());

    assertThat(ticket)
        .hasPassedElementsInOrder(Ids.CLASSIFY_EMERGENCY, Ids.CRITICAL_EMERGENCY)
        .isWaitingAtElements(RUN_EMERGENCY_RESPONSE, SEND_FIRST_RESPONSE)
        .hasNoIncidents();
    assertThat(kit.activateJob(EmergencyResponseProcess.JobTypes.ACKNOWLEDGE_EMERGENCY).getVariablesAsMap())
        .containsEntry(EmergencyResponseProcess.Variables.STATUS_UPDATE_INTERVAL, "PT30M")
        .containsEntry(EmergencyResponseProcess.Variables.STATUS_UPDATE_GRACE, "PT10M")
        .containsEntry(Variables.TICKET_NUMBER, TICKET_NUMBER);
  }

  @Test
  void an_ordinary_ticket_has_no_emergency_response() {
    ProcessInstanceEvent ticket = startTicket(farAhead());

    assertThat(ticket).hasPassedElement(Ids.CRITICAL_EMERGENCY).hasNotPassedElement(RUN_EMERGENCY_RESPONSE);
  }

  @Test
  void an_escalation_request_starts_an_escalation_while_the_owner_keeps_the_ticket() {
    ProcessInstanceEvent ticket = startTicket(farAhead());
    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.REPLY));

    kit.publishMessage(Messages.ESCALATION_REQUESTED, TICKET_NUMBER, escalationRequest("esc-1"));

    assertThat(ticket)
        .hasPassedElement(Ids.ESCALATION_REQUEST_RECEIVED)
        .isWaitingAtElements(ESCALATE_TICKET, WORK_ON_TICKET)
        .hasNoIncidents();
    assertThat(kit.activateJob(EscalationProcess.JobTypes.RECORD_ESCALATION).getVariablesAsMap())
        .containsEntry(EscalationProcess.Variables.ESCALATION_KEY, "esc-1")
        .containsEntry(EscalationProcess.Variables.ESCALATION_REASON, EscalationRoutingDecision.REASON_BEYOND_FIRST_LEVEL)
        .containsEntry(EscalationProcess.Variables.ESCALATION_NOTE, "Needs a look at the DNS zone")
        .containsEntry(EscalationProcess.Variables.ESCALATION_TRIGGER, EscalationProcess.Trigger.AGENT.name())
        .containsEntry(Variables.TICKET_NUMBER, TICKET_NUMBER);
  }

  @Test
  void resolving_the_issue_withdraws_and_ends_the_open_escalations() {
    ProcessInstanceEvent ticket = startTicket(farAhead());
    kit.publishMessage(Messages.ESCALATION_REQUESTED, TICKET_NUMBER, escalationRequest("esc-1"));
    kit.publishMessage(Messages.ESCALATION_REQUESTED, TICKET_NUMBER, escalationRequest("esc-2"));
    assertThat(ticket).isWaitingAtElements(ESCALATE_TICKET, SEND_FIRST_RESPONSE);

    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), agentAnswers(AgentAction.PROPOSE_RESOLUTION));
    assertThat(ticket).isWaitingAtElements(Ids.WITHDRAW_ESCALATIONS);
    kit.complete(kit.activateJob(JobTypes.WITHDRAW_ESCALATIONS));

    assertThat(ticket)
        .hasPassedElement(Ids.ISSUE_RESOLVED)
        .hasPassedElement(RESOLVE_ISSUE)
        .isWaitingAtElements(Ids.MARK_TICKET_RESOLVED)
        .hasNoIncidents();
    assertThat(terminatedElementInstances(ticket, ESCALATE_TICKET)).hasSize(2);
  }

  @Test
  void unknown_agent_action_stops_at_the_gateway_with_an_incident() {
    ProcessInstanceEvent ticket = startTicket(farAhead());

    Map<String, Object> escalate = new HashMap<>(agentAnswers(AgentAction.REPLY));
    escalate.put(Variables.AGENT_ACTION, "ESCALATE");
    kit.complete(kit.activateUserTask(SEND_FIRST_RESPONSE), escalate);

    assertThat(ticket)
        .isActive()
        .hasNotPassedElement(WORK_ON_TICKET)
        .extractingLatestIncident()
        .occurredOnElement(Ids.AGENTS_NEXT_STEP)
        .hasErrorType(ErrorType.CONDITION_ERROR)
        .isUnresolved();
  }

  // ---- steps

  private ProcessInstanceEvent startTicket(DueDates dueDates) {
    ProcessInstanceEvent ticket = kit.start(SupportTicketProcess.PROCESS_ID, newTicket("ENTERPRISE", "HIGH"));
    kit.complete(kit.activateJob(JobTypes.COMPUTE_DUE_DATES), dueDates.asVariables());
    assertThat(ticket).isWaitingAtElements(SEND_FIRST_RESPONSE);
    return ticket;
  }

  private ProcessInstanceEvent startWithResolutionProposed() {
    Map<String, Object> variables = new HashMap<>(newTicket("PRO", "NORMAL"));
    variables.putAll(farAhead().asVariables());
    variables.put(Variables.FIRST_RESPONSE_SENT, true);
    variables.put(Variables.AGENT_ACTION, AgentAction.PROPOSE_RESOLUTION.name());
    return kit.startBefore(SupportTicketProcess.PROCESS_ID, Ids.MARK_TICKET_RESOLVED, variables);
  }

  /** Start variables as the application sets them. */
  private static Map<String, Object> newTicket(String plan, String priority) {
    return Map.of(
        Variables.TICKET_ID, 123L,
        Variables.TICKET_NUMBER, TICKET_NUMBER,
        Variables.PLAN, plan,
        Variables.PRIORITY, priority,
        Variables.FIRST_RESPONSE_SENT, false,
        Variables.REMINDER_AFTER, "P2D",
        Variables.AUTO_CLOSE_AFTER, "P5D",
        Variables.AUTO_CONFIRM_AFTER, "P3D",
        Variables.CATEGORY, "OTHER");
  }

  /** Due dates far beyond every test's time travel, so SLA timers stay quiet. */
  private DueDates farAhead() {
    Instant now = kit.now();
    return new DueDates(now.plus(days(30)), now.plus(days(31)), now.plus(days(40)), now.plus(days(41)));
  }

  /** What the application sends when an agent completes send-first-response. */
  private static Map<String, Object> agentAnswers(AgentAction action) {
    return Map.of(Variables.AGENT_ACTION, action.name(), Variables.FIRST_RESPONSE_SENT, true);
  }

  /** What the application sends when an agent completes work-on-ticket. */
  private static Map<String, Object> agentDoes(AgentAction action) {
    return Map.of(Variables.AGENT_ACTION, action.name());
  }

  /** What resume-ticket and reopen-ticket return. */
  private static Map<String, Object> resolutionDates(Instant atRiskAt, Instant dueAt) {
    return Map.of(Variables.RESOLUTION_AT_RISK_AT, iso(atRiskAt), Variables.RESOLUTION_DUE_AT, iso(dueAt));
  }

  /** The sla-policy result for Enterprise / CRITICAL, as the application recomputes it after a priority change. */
  private static Map<String, Object> escalationRequest(String escalationKey) {
    return Map.of(
        EscalationProcess.Variables.ESCALATION_KEY, escalationKey,
        EscalationProcess.Variables.ESCALATION_REASON, EscalationRoutingDecision.REASON_BEYOND_FIRST_LEVEL,
        EscalationProcess.Variables.ESCALATION_NOTE, "Needs a look at the DNS zone",
        EscalationProcess.Variables.ESCALATION_REQUESTED_BY, "Alex Agent",
        EscalationProcess.Variables.ESCALATION_TRIGGER, EscalationProcess.Trigger.AGENT.name());
  }

  private static Map<String, Object> critical() {
    return Map.of(
        SlaPolicyDecision.OUTPUT_FIRST_RESPONSE_TARGET, "PT2H",
        SlaPolicyDecision.OUTPUT_RESOLUTION_TARGET, "PT1H",
        SlaPolicyDecision.OUTPUT_NEXT_REPLY_TARGET, "PT2H",
        SlaPolicyDecision.OUTPUT_CALENDAR, SlaPolicyDecision.CALENDAR_ROUND_THE_CLOCK);
  }

  /** The variables the application publishes with sla-targets-changed. */
  private static Map<String, Object> slaTargetsChanged(Map<String, Object> slaTargets, DueDates dueDates) {
    Map<String, Object> variables = new HashMap<>(dueDates.asVariables());
    variables.put(Variables.SLA_TARGETS, slaTargets);
    return variables;
  }

  // ---- record stream

  private Instant timerDueDate(ProcessInstanceEvent ticket, String boundaryEventId) {
    return StreamSupport.stream(kit.records().timerRecords().spliterator(), false)
        .filter(r -> r.getIntent() == TimerIntent.CREATED)
        .filter(r -> r.getValue().getProcessInstanceKey() == ticket.getProcessInstanceKey())
        .filter(r -> r.getValue().getTargetElementId().equals(boundaryEventId))
        .map(r -> Instant.ofEpochMilli(r.getValue().getDueDate()))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no timer created for " + boundaryEventId));
  }

  private List<Long> terminatedElementInstances(ProcessInstanceEvent ticket, String elementId) {
    return StreamSupport.stream(kit.records().processInstanceRecords().spliterator(), false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED)
        .filter(r -> r.getValue().getProcessInstanceKey() == ticket.getProcessInstanceKey())
        .filter(r -> r.getValue().getElementId().equals(elementId))
        .map(Record::getKey)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Record<EscalationRecordValue>> escalations(ProcessInstanceEvent ticket) {
    return StreamSupport.stream(kit.records().records().spliterator(), false)
        .filter(r -> r.getValueType() == ValueType.ESCALATION)
        .map(r -> (Record<EscalationRecordValue>) r)
        .filter(r -> r.getValue().getProcessInstanceKey() == ticket.getProcessInstanceKey())
        .toList();
  }

  private static String iso(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Instant seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }

  private static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  private static Duration days(long days) {
    return Duration.ofDays(days);
  }
}
