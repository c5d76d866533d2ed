package no.mediaweb.supportflow.inbox;

import static no.mediaweb.supportflow.TestData.AGENT;
import static no.mediaweb.supportflow.TestData.SECOND_AGENT;
import static no.mediaweb.supportflow.timeline.TimelineEventType.TASK_CLAIMED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.TASK_RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.TestTickets.TaskRow;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The agent's side of the inbox: claiming, releasing and completing, each safe to repeat. */
@WorkersTest
class InboxServiceTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String L1 = SupportTicketProcess.GROUP_L1;

  @Autowired InboxService inbox;
  @Autowired TicketIntakeService intake;
  @Autowired TestTickets testTickets;
  @Autowired TestData testData;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void completing_the_same_task_twice_records_the_answer_once_and_refuses_the_second_time() {
    OpenedTicket opened =
        intake.open(
            new NewTicket(testData.customer(Plan.PRO).accountEmail(), "Newsletter shows wrong date",
                "The date is one day off", Priority.NORMAL),
            Channel.WEB);
    TestData.logInAs(AGENT, Role.AGENT);
    InboxTask firstResponse = awaitTask(opened.id(), Elements.SEND_FIRST_RESPONSE, true);

    inbox.complete(firstResponse.jobKey(), new AgentResponse(AgentAction.REPLY, "We are looking into it."));
    awaitTask(opened.id(), Elements.WORK_ON_TICKET, false);
    long messages = testTickets.messages(opened.id());
    long events = testTickets.events(opened.id());
    Ticket answered = testTickets.reload(opened.id());

    assertThatThrownBy(
            () -> inbox.complete(firstResponse.jobKey(), new AgentResponse(AgentAction.REPLY, "We are looking into it.")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("already completed");

    assertThat(messages).isEqualTo(2);
    assertThat(testTickets.messages(opened.id())).isEqualTo(messages);
    assertThat(testTickets.events(opened.id())).isEqualTo(events);
    assertThat(testTickets.reload(opened.id()).version()).isEqualTo(answered.version());
    TaskRow task = testTickets.task(firstResponse.jobKey());
    assertThat(task.state()).isEqualTo("COMPLETED");
    assertThat(task.endedBy()).isEqualTo(AGENT);
  }

  @Test
  void a_second_agent_cannot_claim_a_task_the_first_agent_holds() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, L1, null);
    TestData.logInAs(AGENT, Role.AGENT);
    inbox.claim(task);

    TestData.logInAs(SECOND_AGENT, Role.AGENT);
    assertThatThrownBy(() -> inbox.claim(task))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining(AGENT);

    assertThat(testTickets.task(task).assignee()).isEqualTo(AGENT);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TASK_CLAIMED);
  }

  @Test
  void only_the_agent_holding_a_task_can_release_it() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, L1, null);
    TestData.logInAs(AGENT, Role.AGENT);
    inbox.claim(task);

    TestData.logInAs(SECOND_AGENT, Role.AGENT);
    assertThatThrownBy(() -> inbox.release(task)).isInstanceOf(BusinessRuleException.class);
    assertThat(testTickets.task(task).assignee()).isEqualTo(AGENT);

    TestData.logInAs(AGENT, Role.AGENT);
    inbox.release(task);
    assertThat(testTickets.task(task).assignee()).isNull();
    assertThat(testTickets.task(task).state()).isEqualTo("OPEN");
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TASK_CLAIMED, TASK_RELEASED);
  }

  @Test
  void a_task_held_by_one_agent_cannot_be_completed_by_another() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    long task = testTickets.openTask(ticket.id(), Elements.WORK_ON_TICKET, L1, AGENT);
    TestData.logInAs(SECOND_AGENT, Role.AGENT);

    assertThatThrownBy(() -> inbox.complete(task, new AgentResponse(AgentAction.REPLY, "I'll take this one")))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(testTickets.task(task).state()).isEqualTo("OPEN");
    assertThat(testTickets.task(task).assignee()).isEqualTo(AGENT);
    assertThat(testTickets.messages(ticket.id())).isZero();
    assertThat(testTickets.events(ticket.id())).isZero();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   \n "})
  void completing_with_an_empty_message_writes_nothing_and_leaves_the_task_open_and_unclaimed(String body) {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, L1, null);
    TestData.logInAs(AGENT, Role.AGENT);

    assertThatThrownBy(() -> inbox.complete(task, new AgentResponse(AgentAction.REPLY, body)))
        .isInstanceOf(BusinessRuleException.class);

    TaskRow row = testTickets.task(task);
    assertThat(row.state()).isEqualTo("OPEN");
    assertThat(row.assignee()).isNull();
    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.firstRespondedAt()).isNull();
    assertThat(after.assignee()).isNull();
    assertThat(testTickets.messages(ticket.id())).isZero();
    assertThat(testTickets.events(ticket.id())).isZero();
  }

  @Test
  void completing_a_task_the_engine_no_longer_knows_withdraws_it_and_stores_no_message() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, L1, null);
    TestData.logInAs(AGENT, Role.AGENT);

    assertThatThrownBy(() -> inbox.complete(task, new AgentResponse(AgentAction.REPLY, "Thanks, we are on it.")))
        .isInstanceOf(TaskNoLongerActiveException.class);

    assertThat(testTickets.task(task).state()).isEqualTo("WITHDRAWN");
    assertThat(testTickets.messages(ticket.id())).isZero();
    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.firstRespondedAt()).isNull();
    assertThat(after.firstResponseSla()).isEqualTo(ticket.firstResponseSla());
    assertThat(after.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(inbox.groupQueue()).extracting(InboxTask::jobKey).doesNotContain(task);
  }

  private InboxTask awaitTask(long ticketId, String elementId, boolean inQueue) {
    return await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(
            () -> (inQueue ? inbox.groupQueue() : inbox.myTasks()).stream()
                .filter(t -> t.ticketId() == ticketId && t.elementId().equals(elementId))
                .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }
}
