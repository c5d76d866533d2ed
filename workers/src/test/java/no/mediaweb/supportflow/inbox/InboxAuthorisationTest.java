package no.mediaweb.supportflow.inbox;

import static no.mediaweb.supportflow.TestData.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.TestTickets.TaskRow;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Only agents work the inbox, and only the tasks of their own groups. */
@WorkersTest
class InboxAuthorisationTest {

  private static final String L1 = SupportTicketProcess.GROUP_L1;

  /** The inbox operations, each on one open task. */
  enum Operation {
    MY_TASKS,
    GROUP_QUEUE,
    CLAIM,
    RELEASE,
    COMPLETE;

    Object on(InboxService inbox, long jobKey) {
      switch (this) {
        case MY_TASKS -> {
          return inbox.myTasks();
        }
        case GROUP_QUEUE -> {
          return inbox.groupQueue();
        }
        case CLAIM -> inbox.claim(jobKey);
        case RELEASE -> inbox.release(jobKey);
        case COMPLETE -> inbox.complete(jobKey, new AgentResponse(AgentAction.REPLY, "Here is what we found."));
      }
      return null;
    }
  }

  @Autowired InboxService inbox;
  @Autowired TestTickets testTickets;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  static Stream<Arguments> staffOtherThanAgentsTimesOperations() {
    return Stream.of(Role.MANAGER, Role.QA, Role.ADMIN)
        .flatMap(role -> Stream.of(Operation.values()).map(operation -> Arguments.of(role, operation)));
  }

  /**
   * They log in with the name of an L1 agent, so only the role check can refuse them: without it the
   * operation would find the user in the task's group and go ahead.
   */
  @ParameterizedTest(name = "{0} may not {1}")
  @MethodSource("staffOtherThanAgentsTimesOperations")
  void staff_other_than_agents_are_refused_every_inbox_operation_and_change_nothing(Role role, Operation operation) {
    long task = openFirstResponseTask();
    TestData.logInAs(AGENT, role);

    assertThatThrownBy(() -> operation.on(inbox, task)).isInstanceOf(AuthorizationDeniedException.class);

    assertUntouched(task);
  }

  @ParameterizedTest(name = "anonymous may not {0}")
  @EnumSource(Operation.class)
  void an_anonymous_caller_is_asked_to_log_in_for_every_inbox_operation_and_changes_nothing(Operation operation) {
    long task = openFirstResponseTask();
    TestData.logOut();

    assertThatThrownBy(() -> operation.on(inbox, task)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

    assertUntouched(task);
  }

  @Test
  void an_agent_lists_claims_releases_and_completes_tasks() {
    long task = openFirstResponseTask();
    TestData.logInAs(AGENT, Role.AGENT);

    assertThat(inbox.groupQueue()).extracting(InboxTask::jobKey).contains(task);
    inbox.claim(task);
    assertThat(inbox.myTasks()).extracting(InboxTask::jobKey).contains(task);
    inbox.release(task);
    assertThat(testTickets.task(task).assignee()).isNull();
    // the job is made up, so the engine refuses it: the call got past every check to the engine
    assertThatThrownBy(() -> inbox.complete(task, new AgentResponse(AgentAction.REPLY, "Here is what we found.")))
        .isInstanceOf(TaskNoLongerActiveException.class);
    assertThat(testTickets.task(task).state()).isEqualTo("WITHDRAWN");
  }

  @Test
  void an_agent_outside_the_tasks_candidate_group_can_neither_see_nor_claim_nor_complete_it() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, "l2-agents", null);
    TestData.logInAs(AGENT, Role.AGENT);

    assertThat(inbox.groupQueue()).extracting(InboxTask::jobKey).doesNotContain(task);
    assertThatThrownBy(() -> inbox.claim(task))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("l2-agents");
    assertThatThrownBy(() -> inbox.complete(task, new AgentResponse(AgentAction.REPLY, "Let me have a look.")))
        .isInstanceOf(AccessDeniedException.class);

    assertUntouched(task);
  }

  private long openFirstResponseTask() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    return testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, L1, null);
  }

  private void assertUntouched(long task) {
    TaskRow row = testTickets.task(task);
    assertThat(row.state()).isEqualTo("OPEN");
    assertThat(row.assignee()).isNull();
    assertThat(testTickets.events(row.ticketId())).isZero();
    assertThat(testTickets.messages(row.ticketId())).isZero();
  }
}
