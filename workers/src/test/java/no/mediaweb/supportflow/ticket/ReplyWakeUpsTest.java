package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.testing.SharedClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A customer's reply stored, then the application gone before it told the engine. */
@WorkersTest
class ReplyWakeUpsTest {

  @Autowired ReplyWakeUps wakeUps;
  @Autowired Conversation conversation;
  @Autowired TestTickets testTickets;
  @Autowired JdbcClient jdbc;

  @Test
  void a_reply_the_workflow_did_not_hear_is_told_again_three_minutes_later_and_only_once() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    message(ticket, MessageKind.INFO_REQUEST, Duration.ofMinutes(10));
    long reply = message(ticket, MessageKind.CUSTOMER_REPLY, Duration.ofMinutes(4));

    wakeUps.sendAgain();
    wakeUps.sendAgain();

    assertThat(published("customer-message-" + reply)).isEqualTo(1);
  }

  @Test
  void a_reply_to_a_resolved_ticket_that_did_not_reopen_it_is_told_again() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    jdbc.sql("UPDATE ticket SET resolved_at = :at WHERE id = :id")
        .param("at", Timestamp.from(SharedClock.now().minus(Duration.ofMinutes(30))))
        .param("id", ticket.id())
        .update();
    long reply = message(ticket, MessageKind.CUSTOMER_REPLY, Duration.ofMinutes(5));

    wakeUps.sendAgain();

    assertThat(published("customer-message-" + reply)).isEqualTo(1);
  }

  @Test
  void a_recent_reply_and_a_reply_from_before_the_information_request_are_left_alone() {
    Ticket recent = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    message(recent, MessageKind.INFO_REQUEST, Duration.ofMinutes(10));
    long recentReply = message(recent, MessageKind.CUSTOMER_REPLY, Duration.ofMinutes(1));
    Ticket answeredBefore = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    long earlierReply = message(answeredBefore, MessageKind.CUSTOMER_REPLY, Duration.ofMinutes(20));
    message(answeredBefore, MessageKind.INFO_REQUEST, Duration.ofMinutes(10));

    wakeUps.sendAgain();

    assertThat(published("customer-message-" + recentReply)).isZero();
    assertThat(published("customer-message-" + earlierReply)).isZero();
  }

  private long message(Ticket ticket, MessageKind kind, Duration ago) {
    AuthorType author = kind == MessageKind.CUSTOMER_REPLY ? AuthorType.CUSTOMER : AuthorType.AGENT;
    long id = conversation.add(ticket.id(), author, "Someone", kind, "A message", "test:" + UUID.randomUUID());
    jdbc.sql("UPDATE ticket_message SET created_at = :at WHERE id = :id")
        .param("at", Timestamp.from(SharedClock.now().minus(ago)))
        .param("id", id)
        .update();
    return id;
  }

  private static long published(String messageId) {
    var messages = RecordStream.of(EmbeddedServices.zeebe().engine().getRecordStreamSource()).messageRecords();
    return StreamSupport.stream(messages.spliterator(), false)
        .filter(r -> r.getIntent() == MessageIntent.PUBLISHED && messageId.equals(r.getValue().getMessageId()))
        .count();
  }
}
