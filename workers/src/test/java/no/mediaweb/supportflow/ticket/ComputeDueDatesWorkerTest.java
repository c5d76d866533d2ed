package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.SLA_TARGETS_SET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.util.stream.StreamSupport;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.testing.SharedClock;
import java.time.Duration;
import java.time.Instant;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.sla.DueDates;
import no.mediaweb.supportflow.sla.SlaTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class ComputeDueDatesWorkerTest {

  private static final String ELEMENT = "compute-sla-due-dates";
  private static final SlaTargets PRO_NORMAL = new SlaTargets("round-the-clock", "PT4H", "P3D", "PT4H");

  @Autowired ComputeDueDatesWorker worker;
  @Autowired TestTickets testTickets;
  @Autowired TicketWorkflow workflow;

  @Test
  void a_redelivered_job_sets_the_due_dates_once_and_returns_the_same_variables_both_times() {
    Ticket ticket = testTickets.inState(TicketStatus.NEW);
    ActivatedJob job = TestJobs.job(ELEMENT);
    var input = new ComputeDueDatesWorker.Input(ticket.id(), PRO_NORMAL, SharedClock.now().toString());

    DueDates first = worker.computeDueDates(job, input);
    DueDates second = worker.computeDueDates(job, input);

    Instant created = ticket.createdAt();
    assertThat(second).isEqualTo(first);
    assertThat(first)
        .isEqualTo(
            DueDates.of(
                created.plus(Duration.ofHours(4)), created.plus(Duration.ofHours(3)),
                created.plus(Duration.ofDays(3)), created.plus(Duration.ofHours(54))));
    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(after.firstResponseDueAt()).isEqualTo(first.firstResponseDue());
    assertThat(after.firstResponseAtRiskAt()).isEqualTo(first.firstResponseAtRisk());
    assertThat(after.resolutionDueAt()).isEqualTo(first.resolutionDue());
    assertThat(after.resolutionAtRiskAt()).isEqualTo(first.resolutionAtRisk());
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(SLA_TARGETS_SET);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_in_a_process_started_without_an_opening_time_fails_the_job_with_one_retry_fewer() {
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertRetriedLater(() -> worker.computeDueDates(job, new ComputeDueDatesWorker.Input(NO_SUCH_TICKET, PRO_NORMAL, null)));
  }

  @Test
  void a_ticket_not_visible_yet_brings_the_job_back_in_a_few_seconds_with_its_retries_for_two_minutes_after_the_intake() {
    ActivatedJob job = TestJobs.job(ELEMENT);
    String aMinuteAgo = SharedClock.now().minus(Duration.ofMinutes(1)).toString();

    assertThatThrownBy(() -> worker.computeDueDates(job, new ComputeDueDatesWorker.Input(NO_SUCH_TICKET, PRO_NORMAL, aMinuteAgo)))
        .isInstanceOfSatisfying(JobError.class, error -> {
          assertThat(error.getRetries()).isEqualTo(3);
          assertThat(error.getRetryBackoff()).isEqualTo(ComputeDueDatesWorker.NOT_VISIBLE_BACKOFF);
        });
  }

  @Test
  void a_process_whose_ticket_was_never_stored_is_discarded_two_minutes_after_the_intake_instead_of_raising_an_incident() {
    String threeMinutesAgo = SharedClock.now().minus(Duration.ofMinutes(3)).toString();
    long processInstanceKey =
        workflow.start(new TicketWorkflow.StartVariables(
            NO_SUCH_TICKET, "MW-NEVER", "PRO", "NORMAL", false, "P2D", "P5D", "P3D", "HOW_TO", threeMinutesAgo));

    await().atMost(Duration.ofSeconds(30)).until(() -> processTerminated(processInstanceKey));
    assertThat(incidentsOf(processInstanceKey)).isZero();
  }

  private static boolean processTerminated(long processInstanceKey) {
    return StreamSupport.stream(records().processInstanceRecords().spliterator(), false)
        .anyMatch(r -> r.getKey() == processInstanceKey
            && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
            && r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
  }

  private static long incidentsOf(long processInstanceKey) {
    return StreamSupport.stream(records().incidentRecords().spliterator(), false)
        .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey && r.getIntent() == IncidentIntent.CREATED)
        .count();
  }

  private static RecordStream records() {
    return RecordStream.of(EmbeddedServices.zeebe().engine().getRecordStreamSource());
  }

  @Test
  void a_policy_without_targets_for_the_ticket_fails_the_job_and_leaves_the_ticket_unscheduled() {
    Ticket ticket = testTickets.inState(TicketStatus.NEW);
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertThatThrownBy(() -> worker.computeDueDates(job, new ComputeDueDatesWorker.Input(ticket.id(), null, SharedClock.now().toString())))
        .isInstanceOf(IllegalStateException.class);

    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.status()).isEqualTo(TicketStatus.NEW);
    assertThat(after.firstResponseDueAt()).isNull();
    assertThat(testTickets.events(ticket.id())).isZero();
  }
}
