package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WorkersTest
class TicketRepositoryTest {

  @Autowired TicketRepository tickets;
  @Autowired CustomerRepository customers;
  @Autowired Conversation conversation;
  @Autowired Timeline timeline;
  @Autowired TestData testData;
  @Autowired JdbcClient jdbc;

  @Test
  void the_database_is_a_real_mariadb_11_4_server_reached_through_mysql_connector_j() {
    String version = jdbc.sql("SELECT VERSION()").query(String.class).single();
    assertThat(version).startsWith("11.4").contains("MariaDB");
  }

  @Test
  void a_ticket_round_trips_with_microsecond_instants_in_utc() {
    Customer customer = testData.customer(Plan.PRO);
    Instant created = Instant.parse("2026-03-29T00:59:59.123456Z");
    Ticket saved = tickets.save(newTicket(customer, created));
    tickets.assignNumber(saved.id(), Ticket.numberFor(saved.id()));

    Ticket loaded = tickets.findByNumber(Ticket.numberFor(saved.id())).orElseThrow();

    assertThat(loaded.createdAt()).isEqualTo(created);
    assertThat(loaded.number()).matches("MW-\\d{6}");
    assertThat(loaded.status()).isEqualTo(TicketStatus.NEW);
    assertThat(loaded.priority()).isEqualTo(Priority.HIGH);
  }

  @Test
  void two_customers_cannot_share_an_account_email() {
    Customer first = testData.customer(Plan.STARTER);

    assertThatThrownBy(
            () -> customers.save(new Customer(null, first.accountEmail(), "Copy", null, Plan.PRO, "UTC", "en", Instant.now())))
        .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
  }

  @Test
  void guarded_updates_never_move_a_ticket_backwards() {
    Ticket ticket = tickets.save(newTicket(testData.customer(Plan.PRO), Instant.now()));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    assertThat(tickets.markFirstResponseBreached(ticket.id(), now)).isEqualTo(1);
    assertThat(tickets.markFirstResponseAtRisk(ticket.id(), now)).isZero();
    assertThat(tickets.recordFirstResponse(ticket.id(), now)).isEqualTo(1);
    assertThat(tickets.recordFirstResponse(ticket.id(), now.plusSeconds(5))).isZero();
    assertThat(tickets.close(ticket.id(), CloseReason.CONFIRMED.name(), now)).isEqualTo(1);
    assertThat(tickets.close(ticket.id(), CloseReason.AUTO_CONFIRMED.name(), now)).isZero();

    Ticket loaded = tickets.findById(ticket.id()).orElseThrow();
    assertThat(loaded.firstResponseSla()).isEqualTo(SlaState.BREACHED);
    assertThat(loaded.firstRespondedAt()).isEqualTo(now);
    assertThat(loaded.closeReason()).isEqualTo(CloseReason.CONFIRMED);
    assertThat(loaded.status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void a_message_or_timeline_event_with_a_known_key_is_stored_once() {
    Ticket ticket = tickets.save(newTicket(testData.customer(Plan.PRO), Instant.now()));

    long first = conversation.add(ticket.id(), AuthorType.AGENT, "A", MessageKind.REPLY, "Hello", "k:" + ticket.id());
    long second = conversation.add(ticket.id(), AuthorType.AGENT, "A", MessageKind.REPLY, "Hello again", "k:" + ticket.id());
    boolean added = timeline.record(ticket.id(), TimelineEventType.AGENT_REPLIED, null, "A", "e:" + ticket.id());
    boolean addedAgain = timeline.record(ticket.id(), TimelineEventType.AGENT_REPLIED, null, "A", "e:" + ticket.id());

    assertThat(second).isEqualTo(first);
    assertThat(conversation.of(ticket.id())).extracting(ConversationMessage::body).containsExactly("Hello");
    assertThat(List.of(added, addedAgain)).containsExactly(true, false);
    assertThat(timeline.of(ticket.id())).hasSize(1);
  }

  @Test
  void a_reopen_counts_and_a_resolution_breach_stays_recorded_after_the_reopen() {
    Ticket ticket = tickets.save(newTicket(testData.customer(Plan.PRO), Instant.now()));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    assertThat(tickets.markResolutionBreached(ticket.id(), now)).isEqualTo(1);
    assertThat(tickets.markResolved(ticket.id(), now)).isEqualTo(1);
    assertThat(tickets.reopen(ticket.id(), now.plusSeconds(3600), now.plusSeconds(1800), now)).isEqualTo(1);
    assertThat(tickets.reopen(ticket.id(), now.plusSeconds(3600), now.plusSeconds(1800), now)).isZero();
    assertThat(tickets.markResolved(ticket.id(), now.plusSeconds(60))).isEqualTo(1);

    assertThat(counters(ticket.id())).containsExactly(1, 0, true);
    assertThat(tickets.findById(ticket.id()).orElseThrow().resolutionSla()).isEqualTo(SlaState.MET);
  }

  @Test
  void agent_replies_are_counted_once_per_message_and_customer_messages_not_at_all() {
    Ticket ticket = tickets.save(newTicket(testData.customer(Plan.PRO), Instant.now()));

    conversation.add(ticket.id(), AuthorType.AGENT, "A", MessageKind.REPLY, "Hello", "reply-1:" + ticket.id());
    conversation.add(ticket.id(), AuthorType.AGENT, "A", MessageKind.REPLY, "Hello", "reply-1:" + ticket.id());
    conversation.add(ticket.id(), AuthorType.CUSTOMER, "C", MessageKind.CUSTOMER_REPLY, "Thanks", "cust-1:" + ticket.id());
    conversation.add(ticket.id(), AuthorType.AGENT, "A", MessageKind.RESOLUTION, "Fixed", "reply-2:" + ticket.id());

    assertThat(counters(ticket.id())).containsExactly(0, 2, false);
  }

  /** reopen_count, agent_reply_count, resolution_breached. */
  private List<Object> counters(long ticketId) {
    return jdbc.sql("SELECT reopen_count, agent_reply_count, resolution_breached FROM ticket WHERE id = :id")
        .param("id", ticketId)
        .query((rs, n) -> List.<Object>of(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)))
        .single();
  }

  private static Ticket newTicket(Customer customer, Instant created) {
    return new Ticket(
        null, null, customer.id(), "Contact form stopped sending", "Since Monday the form fails.",
        Priority.HIGH, TicketStatus.NEW, Channel.WEB, null, null, null, null, null, null, null, null, null,
        null, SlaState.ON_TRACK, SlaState.ON_TRACK, created, created, 0, Category.OTHER, false);
  }
}
