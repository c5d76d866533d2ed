package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.WORK_RESUMED;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class ResumeTicketWorkerTest {

  private static final String ELEMENT = "resume-ticket";

  @Autowired ResumeTicketWorker worker;
  @Autowired TestTickets testTickets;

  @Test
  void a_redelivered_job_hands_the_ticket_back_to_its_agent_once() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    ActivatedJob job = TestJobs.job(ELEMENT);

    worker.resumeTicket(job, ticket.id());
    worker.resumeTicket(job, ticket.id());

    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(after.assignee()).isEqualTo(TestData.AGENT);
    assertThat(after.version()).isEqualTo(ticket.version() + 1);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(WORK_RESUMED);
    assertThat(testTickets.messages(ticket.id())).isZero();
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertRetriedLater(() -> worker.resumeTicket(job, NO_SUCH_TICKET));
  }
}
