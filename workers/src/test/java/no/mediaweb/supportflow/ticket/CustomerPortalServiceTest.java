package no.mediaweb.supportflow.ticket;

import static no.mediaweb.supportflow.timeline.TimelineEventType.CUSTOMER_CONFIRMED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.CUSTOMER_REPLIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** What a customer holding the ticket's link may do, and what is refused without writing anything. */
@WorkersTest
class CustomerPortalServiceTest {

  @Autowired CustomerPortalService portal;
  @Autowired CustomerLinks links;
  @Autowired Conversation conversation;
  @Autowired TestTickets testTickets;

  @Test
  void a_wrong_token_finds_no_ticket_and_writes_nothing() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    String otherTicketsToken = links.tokenFor(Ticket.numberFor(ticket.id() + 1_000_000));

    assertThatThrownBy(() -> portal.view(ticket.number(), otherTicketsToken)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> portal.reply(ticket.number(), "not-a-token", "Hello?", "request-1"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> portal.reply(ticket.number(), null, "Hello?", "request-2"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> portal.confirmResolution(ticket.number(), otherTicketsToken))
        .isInstanceOf(NotFoundException.class);

    assertThat(testTickets.messages(ticket.id())).isZero();
    assertThat(testTickets.events(ticket.id())).isZero();
    assertThat(testTickets.reload(ticket.id()).version()).isEqualTo(ticket.version());
  }

  @Test
  void a_valid_link_to_a_ticket_that_does_not_exist_finds_nothing() {
    String number = Ticket.numberFor(987_654);

    assertThatThrownBy(() -> portal.view(number, links.tokenFor(number))).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  \n\t "})
  void an_empty_reply_is_refused_and_nothing_is_written(String body) {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);

    assertThatThrownBy(() -> portal.reply(ticket.number(), links.tokenFor(ticket.number()), body, "request-1"))
        .isInstanceOf(BusinessRuleException.class);

    assertThat(testTickets.messages(ticket.id())).isZero();
    assertThat(testTickets.events(ticket.id())).isZero();
  }

  @Test
  void a_reply_of_more_than_20000_characters_is_refused_and_nothing_is_written() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);

    assertThatThrownBy(
            () -> portal.reply(ticket.number(), links.tokenFor(ticket.number()), "x".repeat(20_001), "request-1"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("20000");

    assertThat(testTickets.messages(ticket.id())).isZero();
    assertThat(testTickets.events(ticket.id())).isZero();
  }

  @Test
  void a_reply_of_exactly_20000_characters_is_kept_whole() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    String body = "y".repeat(20_000);

    portal.reply(ticket.number(), links.tokenFor(ticket.number()), body, "request-1");

    assertThat(conversation.of(ticket.id())).extracting(ConversationMessage::body).containsExactly(body);
  }

  @Test
  void the_same_submission_sent_twice_adds_one_message_and_one_timeline_event() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    String token = links.tokenFor(ticket.number());

    portal.reply(ticket.number(), token, "Firefox 128 on Windows 11", "request-7");
    portal.reply(ticket.number(), token, "Firefox 128 on Windows 11", "request-7");

    List<ConversationMessage> messages = conversation.of(ticket.id());
    assertThat(messages).extracting(ConversationMessage::kind).containsExactly(MessageKind.CUSTOMER_REPLY);
    assertThat(messages.getFirst().authorType()).isEqualTo(AuthorType.CUSTOMER);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(CUSTOMER_REPLIED);
  }

  @Test
  void two_different_submissions_add_two_messages() {
    Ticket ticket = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    String token = links.tokenFor(ticket.number());

    portal.reply(ticket.number(), token, "Firefox 128", "request-1");
    portal.reply(ticket.number(), token, "Also on Chrome", "request-2");

    assertThat(conversation.of(ticket.id())).extracting(ConversationMessage::body).containsExactly("Firefox 128", "Also on Chrome");
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(CUSTOMER_REPLIED, CUSTOMER_REPLIED);
  }

  @Test
  void a_reply_to_a_closed_ticket_is_refused_and_nothing_is_written() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);

    assertThatThrownBy(() -> portal.reply(ticket.number(), links.tokenFor(ticket.number()), "One more thing", "request-1"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("closed");

    assertThat(testTickets.messages(ticket.id())).isZero();
    assertThat(testTickets.events(ticket.id())).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = TicketStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "RESOLVED")
  void confirming_a_ticket_that_is_not_resolved_is_refused_and_nothing_is_written(TicketStatus status) {
    Ticket ticket = testTickets.inState(status);

    assertThatThrownBy(() -> portal.confirmResolution(ticket.number(), links.tokenFor(ticket.number())))
        .isInstanceOf(BusinessRuleException.class);

    assertThat(testTickets.events(ticket.id())).isZero();
  }

  @Test
  void confirming_a_resolved_ticket_twice_records_the_confirmation_once() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    String token = links.tokenFor(ticket.number());

    portal.confirmResolution(ticket.number(), token);
    portal.confirmResolution(ticket.number(), token);

    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(CUSTOMER_CONFIRMED);
  }
}
