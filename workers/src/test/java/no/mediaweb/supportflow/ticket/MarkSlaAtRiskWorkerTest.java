package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.testing.SharedClock;
import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.SLA_AT_RISK;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
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
class MarkSlaAtRiskWorkerTest {

  @Autowired MarkSlaAtRiskWorker worker;
  @Autowired TestTickets testTickets;
  @Autowired TicketRepository tickets;

  @ParameterizedTest
  @EnumSource(SlaTarget.class)
  void a_redelivered_job_marks_only_its_target_at_risk_and_records_it_once(SlaTarget target) {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    ActivatedJob job = job(target);

    worker.markAtRisk(job, ticket.id());
    worker.markAtRisk(job, ticket.id());

    Ticket after = testTickets.reload(ticket.id());
    assertThat(slaOf(after, target)).isEqualTo(SlaState.AT_RISK);
    assertThat(slaOf(after, other(target))).isEqualTo(SlaState.ON_TRACK);
    assertThat(after.version()).isEqualTo(ticket.version() + 1);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(SLA_AT_RISK);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_late_at_risk_job_leaves_a_breached_target_breached_and_records_nothing() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    tickets.markFirstResponseBreached(ticket.id(), SharedClock.now());

    worker.markAtRisk(job(SlaTarget.FIRST_RESPONSE), ticket.id());

    assertThat(testTickets.reload(ticket.id()).firstResponseSla()).isEqualTo(SlaState.BREACHED);
    assertThat(testTickets.events(ticket.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = job(SlaTarget.FIRST_RESPONSE);

    assertRetriedLater(() -> worker.markAtRisk(job, NO_SUCH_TICKET));
  }

  private static ActivatedJob job(SlaTarget target) {
    return TestJobs.job("mark-sla-at-risk", Map.of(Headers.SLA_TARGET, target.name()));
  }

  static SlaState slaOf(Ticket ticket, SlaTarget target) {
    return target == SlaTarget.FIRST_RESPONSE ? ticket.firstResponseSla() : ticket.resolutionSla();
  }

  static SlaTarget other(SlaTarget target) {
    return target == SlaTarget.FIRST_RESPONSE ? SlaTarget.RESOLUTION : SlaTarget.FIRST_RESPONSE;
  }
}
