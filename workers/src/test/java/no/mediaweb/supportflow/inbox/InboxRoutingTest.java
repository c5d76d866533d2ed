package no.mediaweb.supportflow.inbox;

import static no.mediaweb.supportflow.timeline.TimelineEventType.TASK_CLAIMED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.TASK_CREATED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.TASK_ROUTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestQueues;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.TestTickets.TaskRow;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.routing.RoutingStrategy;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEvent;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** New tasks routed to an agent as their queue says, and the limits on what an agent may claim. */
@WorkersTest
class InboxRoutingTest {

  private static final String L1 = SupportTicketProcess.GROUP_L1;

  @Autowired UserTaskInboxWorker worker;
  @Autowired InboxService inbox;
  @Autowired TestTickets testTickets;
  @Autowired TestQueues testQueues;
  @Autowired Timeline timeline;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void a_redelivered_first_response_job_of_a_round_robin_queue_is_routed_once_and_its_agent_owns_the_ticket() {
    String queue = testQueues.queue(RoutingStrategy.ROUND_ROBIN, 5);
    String anna = testQueues.agent(queue, "anna", false, "en");
    String bo = testQueues.agent(queue, "bo", false, "en");
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    ActivatedJob job = TestJobs.job(Elements.SEND_FIRST_RESPONSE, headers(queue));

    worker.storeInInbox(job, ticket.id());
    worker.storeInInbox(job, ticket.id());

    TaskRow task = testTickets.task(job.getKey());
    assertThat(task.assignee()).isEqualTo(anna);
    assertThat(task.state()).isEqualTo("OPEN");
    assertThat(testTickets.tasks(ticket.id())).isEqualTo(1);
    assertThat(testTickets.reload(ticket.id()).assignee()).isEqualTo(anna);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TASK_CREATED, TASK_ROUTED);
    assertThat(timeline.of(ticket.id()))
        .filteredOn(e -> e.type() == TASK_ROUTED)
        .singleElement()
        .extracting(TimelineEvent::detail)
        .isEqualTo("Send first response — to Agent anna by round robin in the %s queue".formatted(queue));
    assertThat(testQueues.lastAssigned(queue)).isEqualTo(anna);

    Ticket next = testTickets.inState(TicketStatus.OPEN);
    ActivatedJob nextJob = TestJobs.job(Elements.SEND_FIRST_RESPONSE, headers(queue));
    worker.storeInInbox(nextJob, next.id());
    assertThat(testTickets.task(nextJob.getKey()).assignee()).isEqualTo(bo);
  }

  @Test
  void a_routed_task_that_is_not_an_owner_task_leaves_the_ticket_without_an_owner() {
    String queue = testQueues.queue(RoutingStrategy.LEAST_LOADED, 5);
    String anna = testQueues.agent(queue, "anna", false, "en");
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    ActivatedJob job = TestJobs.job("review-escalation", headers(queue));

    worker.storeInInbox(job, ticket.id());

    assertThat(testTickets.task(job.getKey()).assignee()).isEqualTo(anna);
    assertThat(testTickets.reload(ticket.id()).assignee()).isNull();
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TASK_CREATED, TASK_ROUTED);
  }

  @Test
  void a_task_of_a_pull_queue_waits_unassigned_in_the_queue() {
    String queue = testQueues.queue(RoutingStrategy.PULL, 5);
    testQueues.agent(queue, "anna", false, "en");
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    ActivatedJob job = TestJobs.job(Elements.SEND_FIRST_RESPONSE, headers(queue));

    worker.storeInInbox(job, ticket.id());

    assertThat(testTickets.task(job.getKey()).assignee()).isNull();
    assertThat(testTickets.reload(ticket.id()).assignee()).isNull();
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TASK_CREATED);
  }

  @Test
  void an_agent_holding_as_many_open_tasks_as_the_cap_can_neither_claim_nor_complete_another() {
    String queue = testQueues.queue(RoutingStrategy.PULL, 2);
    String anna = testQueues.agent(queue, "anna", false, "en");
    testQueues.holdOpenTasks(anna, queue, 2);
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, queue, null);
    TestData.logInAs(anna, Role.AGENT);

    assertThatThrownBy(() -> inbox.claim(task))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("You already hold 2 open tasks, the most the Queue %s queue allows; complete or release one first"
            .formatted(queue));
    assertThatThrownBy(() -> inbox.complete(task, new AgentResponse(AgentAction.REPLY, "On it.")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("You already hold 2 open tasks");

    assertThat(testTickets.task(task).assignee()).isNull();
    assertThat(testTickets.reload(ticket.id()).assignee()).isNull();
    assertThat(testTickets.events(ticket.id())).isZero();
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void only_a_senior_agent_claims_a_critical_or_emergency_ticket_in_the_l1_queue() {
    Ticket critical = testTickets.inState(TicketStatus.OPEN);
    testQueues.makeCritical(critical.id());
    long criticalTask = testTickets.openTask(critical.id(), Elements.SEND_FIRST_RESPONSE, L1, null);
    Ticket emergency = testTickets.inState(TicketStatus.OPEN);
    testQueues.makeEmergency(emergency.id());
    long emergencyTask = testTickets.openTask(emergency.id(), Elements.SEND_FIRST_RESPONSE, L1, null);
    String junior = testQueues.agent(L1, "junior-" + critical.id(), false, "en");
    String senior = testQueues.agent(L1, "senior-" + critical.id(), true, "en");

    TestData.logInAs(junior, Role.AGENT);
    assertThatThrownBy(() -> inbox.claim(criticalTask))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Critical tickets are handled by senior agents");
    assertThatThrownBy(() -> inbox.complete(emergencyTask, new AgentResponse(AgentAction.REPLY, "On it.")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Critical tickets are handled by senior agents");
    assertThat(testTickets.task(criticalTask).assignee()).isNull();
    assertThat(testTickets.task(emergencyTask).assignee()).isNull();
    assertThat(testTickets.events(critical.id())).isZero();

    TestData.logInAs(senior, Role.AGENT);
    inbox.claim(criticalTask);
    inbox.claim(emergencyTask);

    assertThat(testTickets.task(criticalTask).assignee()).isEqualTo(senior);
    assertThat(testTickets.reload(critical.id()).assignee()).isEqualTo(senior);
    assertThat(testTickets.task(emergencyTask).assignee()).isEqualTo(senior);
    assertThat(testTickets.eventTypes(critical.id())).containsExactly(TASK_CLAIMED);
  }

  private static Map<String, String> headers(String candidateGroup) {
    return Map.of("io.camunda.zeebe:candidateGroups", "[\"%s\"]".formatted(candidateGroup));
  }
}
