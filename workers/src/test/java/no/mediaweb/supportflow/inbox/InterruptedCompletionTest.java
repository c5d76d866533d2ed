package no.mediaweb.supportflow.inbox;

import static no.mediaweb.supportflow.TestData.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent's answer that the application died in the middle of completing: written down in
 * {@code task_completion}, then the application gone before the answer, the inbox row and the job
 * completion committed. The recovery finishes it exactly once.
 */
@WorkersTest
class InterruptedCompletionTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration RECOVER_OLDER_THAN = Duration.ofSeconds(10);
  private static final String L1 = SupportTicketProcess.GROUP_L1;

  @Autowired InboxService inbox;
  @Autowired CompletionJournal journal;
  @Autowired TicketIntakeService intake;
  @Autowired TestTickets testTickets;
  @Autowired TestData testData;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void an_answer_the_engine_took_before_the_crash_is_recorded_once_and_its_task_leaves_the_inbox() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, L1, AGENT);
    journal.recordIfAbsent(task, AGENT, new AgentResponse(AgentAction.REPLY, "We are on it."), aMinuteAgo());

    inbox.recoverCompletions(RECOVER_OLDER_THAN);

    awaitTaskState(task, "COMPLETED");
    assertThat(testTickets.task(task).endedBy()).isEqualTo(AGENT);
    assertThat(testTickets.messages(ticket.id())).isEqualTo(1);
    assertThat(testTickets.reload(ticket.id()).firstRespondedAt()).isNotNull();
    assertThat(testTickets.eventTypes(ticket.id())).containsOnlyOnce(TimelineEventType.FIRST_RESPONSE_SENT);
    assertThat(pending(task)).isZero();

    inbox.recoverCompletions(RECOVER_OLDER_THAN);
    assertThat(testTickets.messages(ticket.id())).isEqualTo(1);
  }

  @Test
  void an_answer_cut_short_before_the_engine_heard_of_it_completes_the_job_and_the_process_moves_on() {
    OpenedTicket opened =
        intake.open(
            new NewTicket(testData.customer(Plan.PRO).accountEmail(), "Contact form drops messages",
                "Submissions from the contact form never arrive", Priority.NORMAL),
            Channel.WEB);
    TestData.logInAs(AGENT, Role.AGENT);
    long task = awaitQueuedFirstResponse(opened.id());
    TestData.logOut();
    journal.recordIfAbsent(task, AGENT, new AgentResponse(AgentAction.REQUEST_INFO, "Which form on which page?"), aMinuteAgo());

    inbox.recoverCompletions(RECOVER_OLDER_THAN);

    await().atMost(WAIT).until(() -> testTickets.reload(opened.id()).status() == TicketStatus.WAITING_ON_CUSTOMER);
    assertThat(testTickets.task(task).state()).isEqualTo("COMPLETED");
    assertThat(testTickets.task(task).assignee()).isEqualTo(AGENT);
    assertThat(testTickets.messages(opened.id())).isEqualTo(2);
    assertThat(pending(task)).isZero();
  }

  @Test
  void an_answer_is_kept_though_the_ticket_was_closed_and_the_task_withdrawn_while_the_application_was_down() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    long task = testTickets.openTask(ticket.id(), Elements.WORK_ON_TICKET, L1, AGENT);
    jdbc.sql("UPDATE human_task SET state = 'WITHDRAWN' WHERE job_key = :k").param("k", task).update();
    journal.recordIfAbsent(task, AGENT, new AgentResponse(AgentAction.PROPOSE_RESOLUTION, "Fixed in the theme settings."), aMinuteAgo());

    inbox.recoverCompletions(RECOVER_OLDER_THAN);

    awaitTaskState(task, "COMPLETED");
    assertThat(testTickets.messages(ticket.id())).isEqualTo(1);
    assertThat(pending(task)).isZero();
  }

  @Test
  void an_agent_answering_again_after_the_restart_is_refused_and_the_answer_the_crash_cut_short_is_recorded() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.WORK_ON_TICKET, L1, AGENT);
    journal.recordIfAbsent(task, AGENT, new AgentResponse(AgentAction.REPLY, "The first answer"), SharedClock.now());
    TestData.logInAs(AGENT, Role.AGENT);

    assertThatThrownBy(() -> inbox.complete(task, new AgentResponse(AgentAction.REPLY, "The same answer, typed again")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("already been answered");

    assertThat(testTickets.task(task).state()).isEqualTo("COMPLETED");
    assertThat(testTickets.messages(ticket.id())).isEqualTo(1);
    assertThat(jdbc.sql("SELECT body FROM ticket_message WHERE ticket_id = :t").param("t", ticket.id()).query(String.class).single())
        .isEqualTo("The first answer");
    assertThat(pending(task)).isZero();
  }

  @Test
  void an_answer_whose_task_was_completed_after_all_is_dropped_without_writing_anything() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long task = testTickets.openTask(ticket.id(), Elements.WORK_ON_TICKET, L1, AGENT);
    testTickets.completeTask(task);
    journal.recordIfAbsent(task, AGENT, new AgentResponse(AgentAction.REPLY, "Second try"), aMinuteAgo());

    inbox.recoverCompletions(RECOVER_OLDER_THAN);

    await().atMost(WAIT).until(() -> pending(task) == 0);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_completion_in_progress_is_left_alone_and_a_finished_one_leaves_nothing_behind() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    long inProgress = testTickets.openTask(ticket.id(), Elements.WORK_ON_TICKET, L1, AGENT);
    journal.recordIfAbsent(inProgress, AGENT, new AgentResponse(AgentAction.REPLY, "Typing…"), SharedClock.now());

    inbox.recoverCompletions(RECOVER_OLDER_THAN);

    assertThat(testTickets.task(inProgress).state()).isEqualTo("OPEN");
    assertThat(pending(inProgress)).isEqualTo(1);
    journal.remove(inProgress);

    TestData.logInAs(AGENT, Role.AGENT);
    long refused = testTickets.openTask(ticket.id(), Elements.WORK_ON_TICKET, L1, AGENT);
    assertThatThrownBy(() -> inbox.complete(refused, new AgentResponse(AgentAction.REPLY, " ")))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(pending(refused)).isZero();
    assertThat(testTickets.task(refused).state()).isEqualTo("OPEN");
  }

  private long awaitQueuedFirstResponse(long ticketId) {
    return await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(
            () -> inbox.groupQueue().stream()
                .filter(t -> t.ticketId() == ticketId && t.elementId().equals(Elements.SEND_FIRST_RESPONSE))
                .findFirst(),
            Optional::isPresent)
        .orElseThrow()
        .jobKey();
  }

  private void awaitTaskState(long jobKey, String state) {
    await().atMost(WAIT).until(() -> testTickets.task(jobKey).state().equals(state));
  }

  private long pending(long jobKey) {
    return jdbc.sql("SELECT COUNT(*) FROM task_completion WHERE job_key = :k").param("k", jobKey).query(Long.class).single();
  }

  private static Instant aMinuteAgo() {
    return SharedClock.now().minus(Duration.ofMinutes(1));
  }
}
