package no.mediaweb.supportflow.inbox;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.TASK_CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.TestTickets.TaskRow;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkersTest
class UserTaskInboxWorkerTest {

  /** The headers Zeebe puts on a job-based user task with {@code candidateGroups="l1-agents"}. */
  private static final Map<String, String> L1_HEADERS = Map.of("io.camunda.zeebe:candidateGroups", "[\"l1-agents\"]");

  @Autowired UserTaskInboxWorker worker;
  @Autowired InboxService inbox;
  @Autowired TestTickets testTickets;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void a_redelivered_first_response_job_lands_once_unassigned_in_the_group_queue_due_with_the_first_response() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    ActivatedJob job = TestJobs.job(Elements.SEND_FIRST_RESPONSE, L1_HEADERS);

    worker.storeInInbox(job, ticket.id());
    worker.storeInInbox(job, ticket.id());

    assertThat(testTickets.tasks(ticket.id())).isEqualTo(1);
    TaskRow task = testTickets.task(job.getKey());
    assertThat(task.elementId()).isEqualTo(Elements.SEND_FIRST_RESPONSE);
    assertThat(task.candidateGroup()).isEqualTo("l1-agents");
    assertThat(task.assignee()).isNull();
    assertThat(task.state()).isEqualTo("OPEN");
    assertThat(task.dueAt()).isEqualTo(ticket.firstResponseDueAt());
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TASK_CREATED);
    assertThat(testTickets.messages(ticket.id())).isZero();

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThat(inbox.groupQueue())
        .filteredOn(t -> t.jobKey() == job.getKey())
        .singleElement()
        .satisfies(t -> assertThat(t.dueAt()).isEqualTo(ticket.firstResponseDueAt()));
  }

  @Test
  void a_redelivered_work_job_lands_once_with_the_assignee_the_process_names_due_with_the_resolution() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    ActivatedJob job =
        TestJobs.job(
            Elements.WORK_ON_TICKET,
            java.util.Map.of(
                "io.camunda.zeebe:candidateGroups", "[\"l1-agents\"]", "io.camunda.zeebe:assignee", TestData.AGENT));

    worker.storeInInbox(job, ticket.id());
    worker.storeInInbox(job, ticket.id());

    assertThat(testTickets.tasks(ticket.id())).isEqualTo(1);
    TaskRow task = testTickets.task(job.getKey());
    assertThat(task.assignee()).isEqualTo(TestData.AGENT).isEqualTo(ticket.assignee());
    assertThat(task.candidateGroup()).isEqualTo("l1-agents");
    assertThat(task.state()).isEqualTo("OPEN");
    assertThat(task.dueAt()).isEqualTo(ticket.resolutionDueAt());
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TASK_CREATED);

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThat(inbox.myTasks()).extracting(InboxTask::jobKey).contains(job.getKey());
    assertThat(inbox.groupQueue()).extracting(InboxTask::jobKey).doesNotContain(job.getKey());
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off_and_stores_no_task() {
    ActivatedJob job = TestJobs.job(Elements.SEND_FIRST_RESPONSE, L1_HEADERS);

    assertRetriedLater(() -> worker.storeInInbox(job, NO_SUCH_TICKET));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM human_task WHERE job_key = :k").param("k", job.getKey()).query(Long.class).single())
        .isZero();
  }

  @Test
  void a_task_without_a_ticket_is_stored_once_in_its_group_due_as_the_process_says_and_stays_out_of_ticket_lists() {
    ActivatedJob job = TestJobs.job(
        MonthlyMetricsProcess.Elements.REVIEW_METRICS,
        Map.of("io.camunda.zeebe:candidateGroups", "[\"managers\"]", "io.camunda.zeebe:dueDate", "2026-12-06T05:30:00Z[Etc/UTC]"));
    when(job.getVariablesAsType(UserTaskInboxWorker.TaskVariables.class)).thenReturn(new UserTaskInboxWorker.TaskVariables(null));

    worker.storeInInbox(job);
    worker.storeInInbox(job);

    var row = jdbc.sql("SELECT ticket_id, candidate_group, assignee, name, state, due_at FROM human_task WHERE job_key = :k")
        .param("k", job.getKey())
        .query((rs, n) -> java.util.Arrays.asList(rs.getObject("ticket_id"), rs.getString("candidate_group"),
            rs.getString("assignee"), rs.getString("name"), rs.getString("state"), rs.getTimestamp("due_at").toInstant()))
        .list();
    assertThat(row).singleElement().isEqualTo(java.util.Arrays.asList(
        null, "managers", null, "Review the month's metrics", "OPEN", java.time.Instant.parse("2026-12-06T05:30:00Z")));

    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    assertThat(inbox.openTasksIn("managers")).extracting(InboxTask::jobKey).doesNotContain(job.getKey());
  }
}
