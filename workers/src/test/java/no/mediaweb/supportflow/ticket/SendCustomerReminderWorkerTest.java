package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static no.mediaweb.supportflow.timeline.TimelineEventType.REMINDER_SENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class SendCustomerReminderWorkerTest {

  private static final String ELEMENT = "send-customer-reminder";

  @Autowired SendCustomerReminderWorker worker;
  @Autowired TestTickets testTickets;
  @Autowired Conversation conversation;

  @Test
  void a_redelivered_job_sends_the_customer_one_reminder_and_records_it_once() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    ActivatedJob job = TestJobs.job(ELEMENT);

    worker.sendCustomerReminder(job, ticket.id());
    worker.sendCustomerReminder(job, ticket.id());

    List<ConversationMessage> messages = conversation.of(ticket.id());
    assertThat(messages).hasSize(1);
    assertThat(messages.getFirst().kind()).isEqualTo(MessageKind.REMINDER);
    assertThat(messages.getFirst().authorType()).isEqualTo(AuthorType.SYSTEM);
    assertThat(messages.getFirst().body()).contains(ticket.number());
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(REMINDER_SENT);
    Ticket after = testTickets.reload(ticket.id());
    assertThat(after.status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
    assertThat(after.version()).isEqualTo(ticket.version());
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_job_with_one_retry_fewer_and_a_back_off() {
    ActivatedJob job = TestJobs.job(ELEMENT);

    assertRetriedLater(() -> worker.sendCustomerReminder(job, NO_SUCH_TICKET));
  }
}
