package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.ticket.MarkSlaAtRiskWorkerTest.other;
import static no.mediaweb.supportflow.ticket.MarkSlaAtRiskWorkerTest.slaOf;
import static no.mediaweb.supportflow.timeline.TimelineEventType.SLA_BREACHED;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Headers;
import no.mediaweb.supportflow.sla.SlaTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class MarkSlaBreachedWorkerTest {

  @Autowired MarkSlaBreachedWorker worker;
  @Autowired TestTickets testTickets;

  @ParameterizedTest
  @EnumSource(SlaTarget.class)
  void a_redelivered_job_marks_only_its_target_breached_and_records_it_once(SlaTarget target) {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    ActivatedJob job = job(target);

    worker.markBreached(job, ticket.id());
    worker.markBreached(job, ticket.id());

    Ticket after = testTickets.reload(ticket.id());
    assertThat(slaOf(after, target)).isEqualTo(SlaState.BREACHED);
    assertThat(slaOf(after, other(target))).isEqualTo(SlaState.ON_TRACK);
    assertThat(after.version()).isEqualTo(ticket.version() + 1);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(SLA_BREACHED);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_late_breach_job_leaves_a_target_that_was_met_as_met_and_records_nothing() {
    Ticket answered = testTickets.inState(TicketStatus.IN_PROGRESS);

    worker.markBreached(job(SlaTarget.FIRST_RESPONSE), answered.id());

    assertThat(testTickets.reload(answered.id()).firstResponseSla()).isEqualTo(SlaState.MET);
    assertThat(testTickets.events(answered.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = job(SlaTarget.RESOLUTION);

    assertRetriedLater(() -> worker.markBreached(job, NO_SUCH_TICKET));
  }

  private static ActivatedJob job(SlaTarget target) {
    return TestJobs.job("mark-sla-breached", Map.of(Headers.SLA_TARGET, target.name()));
  }
}
