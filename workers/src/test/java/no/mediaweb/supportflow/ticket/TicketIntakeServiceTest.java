package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.stream.Stream;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening tickets: who may open one, what a request must hold, and how tickets are numbered. */
@WorkersTest
class TicketIntakeServiceTest {

  @Autowired TicketIntakeService intake;
  @Autowired TicketRepository tickets;
  @Autowired TestData testData;
  @Autowired JdbcClient jdbc;

  @Test
  void an_unknown_account_email_is_refused_and_nothing_is_written() {
    Rows before = rows();

    assertThatThrownBy(
            () -> intake.open(
                new NewTicket("nobody-" + System.nanoTime() + "@example.com", "Contact form not sending",
                    "Nothing arrives", Priority.NORMAL),
                Channel.WEB))
        .isInstanceOf(UnknownAccountException.class);

    assertThat(rows(before)).isEqualTo(before);
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of(Named.of("a blank subject", new Invalid("   ", null, Priority.NORMAL)), "subject"),
        Arguments.of(Named.of("a subject of four characters", new Invalid("Help", null, Priority.NORMAL)), "subject"),
        Arguments.of(Named.of("an e-mail without a domain", new Invalid("Contact form not sending", "customer-at-example", Priority.NORMAL)), "accountEmail"),
        Arguments.of(Named.of("no priority", new Invalid("Contact form not sending", null, null)), "priority"));
  }

  /** One broken field of an otherwise valid request from an existing customer; null e-mail means theirs. */
  record Invalid(String subject, String accountEmail, Priority priority) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void an_invalid_request_is_refused_by_validation_and_nothing_is_written(Invalid invalid, String field) {
    Customer customer = testData.customer(Plan.PRO);
    String email = invalid.accountEmail() == null ? customer.accountEmail() : invalid.accountEmail();
    NewTicket request = new NewTicket(email, invalid.subject(), "Nothing arrives since Monday", invalid.priority());
    Rows before = rows();

    assertThatThrownBy(() -> intake.open(request, Channel.WEB))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> assertThat(e.getConstraintViolations())
                .extracting(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .isNotEmpty()
                .allSatisfy(path -> assertThat(path).isEqualTo("open.request." + field)));

    assertThat(rows(before)).isEqualTo(before);
  }

  @Test
  void the_account_email_is_matched_ignoring_case() {
    Customer customer = testData.customer(Plan.ENTERPRISE);
    String shouted = customer.accountEmail().toUpperCase(Locale.ROOT);
    assertThat(shouted).isNotEqualTo(customer.accountEmail());

    OpenedTicket opened = intake.open(new NewTicket(shouted, "Gallery images load slowly", "Slow", Priority.HIGH), Channel.EMAIL);

    Ticket ticket = tickets.findById(opened.id()).orElseThrow();
    assertThat(ticket.customerId()).isEqualTo(customer.id());
    assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
  }

  @Test
  void a_ticket_is_numbered_mw_and_six_digits_from_its_id() {
    Customer customer = testData.customer(Plan.STARTER);

    OpenedTicket opened =
        intake.open(new NewTicket(customer.accountEmail(), "Domain does not renew", "Renewal failed", Priority.LOW), Channel.WEB);

    assertThat(opened.number()).matches("MW-\\d{6}").isEqualTo(Ticket.numberFor(opened.id()));
    assertThat(tickets.findById(opened.id()).orElseThrow().number()).isEqualTo(opened.number());
    assertThat(Ticket.numberFor(123)).isEqualTo("MW-000123");
  }

  /**
   * All tickets and messages (only requests write them), and the events of tickets newer than
   * {@code before}'s newest: the workflow of an earlier test may still add events to its own ticket.
   */
  private Rows rows() {
    return rows(null);
  }

  private Rows rows(Rows before) {
    long newest = before == null ? count("SELECT COALESCE(MAX(id), 0) FROM ticket") : before.newestTicket();
    return new Rows(
        count("SELECT COUNT(*) FROM ticket"),
        count("SELECT COUNT(*) FROM ticket_message"),
        newest,
        jdbc.sql("SELECT COUNT(*) FROM ticket_event WHERE ticket_id > :id").param("id", newest).query(Long.class).single());
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private record Rows(long tickets, long messages, long newestTicket, long eventsOfNewerTickets) {}
}
