package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.WAITING_ON_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class MarkWaitingOnCustomerWorkerTest {

  private static final String ELEMENT = "mark-waiting-on-customer";

  @Autowired MarkWaitingOnCustomerWorker worker;
  @Autowired TestTickets testTickets;

  @Test
  void a_redelivered_job_puts_the_ticket_on_hold_for_the_customer_once() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    ActivatedJob job = TestJobs.job(ELEMENT);

    worker.markWaitingOnCustomer(job, ticket.id());
    worker.markWaitingOnCustomer(job, ticket.id());

    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
    assertThat(after.version()).isEqualTo(ticket.version() + 1);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(WAITING_ON_CUSTOMER);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertRetriedLater(() -> worker.markWaitingOnCustomer(job, NO_SUCH_TICKET));
  }
}
