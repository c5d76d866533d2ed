package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.testing.SharedClock;
import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.REOPENED;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.sla.ResolutionDueDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class ReopenTicketWorkerTest {

  private static final String ELEMENT = "reopen-ticket";

  @Autowired ReopenTicketWorker worker;
  @Autowired TestTickets testTickets;

  @Test
  void a_redelivered_job_reopens_the_ticket_once_and_returns_the_same_due_dates_both_times() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    ActivatedJob job = TestJobs.job(ELEMENT);
    Instant before = SharedClock.now();

    ResolutionDueDates first = worker.reopenTicket(job, ticket.id());
    Instant after = SharedClock.now();
    ResolutionDueDates second = worker.reopenTicket(job, ticket.id());

    assertThat(second).isEqualTo(first);
    assertThat(first.due()).isBetween(before.plus(TestTickets.NEXT_REPLY_TARGET).minusMillis(1), after.plus(TestTickets.NEXT_REPLY_TARGET));
    assertThat(first.atRisk()).isEqualTo(first.due().minus(Duration.ofHours(1)));
    Ticket reopened = testTickets.reload(ticket.id());
    assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(reopened.resolvedAt()).isNull();
    assertThat(reopened.resolutionSla()).isEqualTo(SlaState.ON_TRACK);
    assertThat(reopened.resolutionDueAt()).isEqualTo(first.due());
    assertThat(reopened.resolutionAtRiskAt()).isEqualTo(first.atRisk());
    assertThat(reopened.version()).isEqualTo(ticket.version() + 1);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(REOPENED);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertRetriedLater(() -> worker.reopenTicket(job, NO_SUCH_TICKET));
  }
}
