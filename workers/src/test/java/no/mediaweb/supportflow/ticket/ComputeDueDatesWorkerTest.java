package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.SLA_TARGETS_SET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.response.ActivatedJob;
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

  @Test
  void a_redelivered_job_sets_the_due_dates_once_and_returns_the_same_variables_both_times() {
    Ticket ticket = testTickets.inState(TicketStatus.NEW);
    ActivatedJob job = TestJobs.job(ELEMENT);
    var input = new ComputeDueDatesWorker.Input(ticket.id(), PRO_NORMAL);

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
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertRetriedLater(() -> worker.computeDueDates(job, new ComputeDueDatesWorker.Input(NO_SUCH_TICKET, PRO_NORMAL)));
  }

  @Test
  void a_policy_without_targets_for_the_ticket_fails_the_job_and_leaves_the_ticket_unscheduled() {
    Ticket ticket = testTickets.inState(TicketStatus.NEW);
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertThatThrownBy(() -> worker.computeDueDates(job, new ComputeDueDatesWorker.Input(ticket.id(), null)))
        .isInstanceOf(IllegalStateException.class);

    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.status()).isEqualTo(TicketStatus.NEW);
    assertThat(after.firstResponseDueAt()).isNull();
    assertThat(testTickets.events(ticket.id())).isZero();
  }
}
