package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.testing.SharedClock;
import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class MarkTicketResolvedWorkerTest {

  private static final String ELEMENT = "mark-ticket-resolved";

  @Autowired MarkTicketResolvedWorker worker;
  @Autowired TestTickets testTickets;

  @Test
  void a_redelivered_job_resolves_the_ticket_once_and_keeps_the_first_resolution_time() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    ActivatedJob job = TestJobs.job(ELEMENT);
    Instant before = SharedClock.now();

    worker.markTicketResolved(job, ticket.id());
    Instant resolvedAt = testTickets.reload(ticket.id()).resolvedAt();
    worker.markTicketResolved(job, ticket.id());

    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(resolvedAt).isAfterOrEqualTo(before.minusMillis(1));
    assertThat(after.resolvedAt()).isEqualTo(resolvedAt);
    assertThat(after.resolutionSla()).isEqualTo(SlaState.MET);
    assertThat(after.version()).isEqualTo(ticket.version() + 1);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(RESOLVED);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertRetriedLater(() -> worker.markTicketResolved(job, NO_SUCH_TICKET));
  }
}
