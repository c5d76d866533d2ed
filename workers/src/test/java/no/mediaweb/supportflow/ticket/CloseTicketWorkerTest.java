package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.testing.SharedClock;
import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.CLOSED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.TASK_WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.Map;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class CloseTicketWorkerTest {

  private static final String ELEMENT = "close-ticket";

  @Autowired CloseTicketWorker worker;
  @Autowired TestTickets testTickets;

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({"CONFIRMED, RESOLVED", "AUTO_CONFIRMED, RESOLVED", "NO_CUSTOMER_REPLY, WAITING_ON_CUSTOMER"})
  void a_redelivered_job_closes_the_ticket_once_with_its_reason_and_withdraws_its_open_task_once(
      CloseReason reason, TicketStatus from) {
    Ticket ticket = testTickets.inState(from);
    long task = testTickets.openTask(ticket.id(), Elements.WORK_ON_TICKET, SupportTicketProcess.GROUP_L1, TestData.AGENT);
    ActivatedJob job = job(reason);
    Instant before = SharedClock.now();

    worker.closeTicket(job, ticket.id());
    Instant closedAt = testTickets.reload(ticket.id()).closedAt();
    worker.closeTicket(job, ticket.id());

    Ticket closed = testTickets.reload(ticket.id());
    assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(closed.closeReason()).isEqualTo(reason);
    assertThat(closedAt).isAfterOrEqualTo(before.minusMillis(1));
    assertThat(closed.closedAt()).isEqualTo(closedAt);
    assertThat(closed.version()).isEqualTo(ticket.version() + 1);
    assertThat(testTickets.task(task).state()).isEqualTo("WITHDRAWN");
    assertThat(testTickets.eventTypes(ticket.id())).containsExactlyInAnyOrder(CLOSED, TASK_WITHDRAWN);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = job(CloseReason.CONFIRMED);

    assertRetriedLater(() -> worker.closeTicket(job, NO_SUCH_TICKET));
  }

  private static ActivatedJob job(CloseReason reason) {
    return TestJobs.job(ELEMENT, Map.of(Headers.CLOSE_REASON, reason.name()));
  }
}
