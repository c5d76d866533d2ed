package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.attachment.Attachment;
import no.mediaweb.supportflow.attachment.AttachmentContent;
import no.mediaweb.supportflow.attachment.AttachmentStore;
import no.mediaweb.supportflow.attachment.StoredFile;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the intake keeps besides the ticket: technical details, attachments, the plan's priority rule. */
@WorkersTest
class TicketIntakeDetailsTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final TechnicalDetails DETAILS =
      new TechnicalDetails(
          "Windows 11 23H2", "Chrome 131", DeviceType.LAPTOP, ConnectionType.WIFI, "Today around 08:40",
          "Publish the new front page", "Error 500: Internal Server Error");

  @Autowired TicketIntakeService intake;
  @Autowired CustomerPortalService portal;
  @Autowired CustomerLinks links;
  @Autowired TicketQueries queries;
  @Autowired TicketRepository tickets;
  @Autowired TicketTechnicalDetails technicalDetails;
  @Autowired AttachmentStore store;
  @Autowired TestData testData;
  @Autowired TestTickets testTickets;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void the_technical_details_are_stored_with_the_ticket_and_shown_to_staff_and_the_customer() {
    Customer customer = testData.customer(Plan.PRO);

    OpenedTicket opened = intake.open(request(customer, Priority.HIGH).withTechnicalDetails(DETAILS), Channel.WEB);

    assertThat(technicalDetails.of(opened.id())).isEqualTo(DETAILS);
    assertThat(portal.view(opened.number(), links.tokenFor(opened.number())).technicalDetails()).isEqualTo(DETAILS);
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    assertThat(queries.details(opened.number()).technicalDetails()).isEqualTo(DETAILS);
  }

  @Test
  void a_ticket_without_technical_details_stores_no_row() {
    OpenedTicket opened = intake.open(request(testData.customer(Plan.PRO), Priority.LOW), Channel.API);

    assertThat(count("ticket_technical_details", opened.id())).isZero();
    assertThat(technicalDetails.of(opened.id()).isEmpty()).isTrue();
  }

  @Test
  void overlong_technical_details_are_refused_by_validation_and_nothing_is_written() {
    long before = jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single();
    NewTicket request =
        request(testData.customer(Plan.PRO), Priority.NORMAL)
            .withTechnicalDetails(new TechnicalDetails("x".repeat(101), null, null, null, null, null, null));

    assertThatThrownBy(() -> intake.open(request, Channel.WEB))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> assertThat(e.getConstraintViolations())
                .extracting(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .containsExactly("open.request.technicalDetails.operatingSystem"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void a_starter_customers_critical_ticket_is_filed_as_high_with_a_notice_and_a_timeline_note() {
    OpenedTicket opened = intake.open(request(testData.customer(Plan.STARTER), Priority.CRITICAL), Channel.WEB);

    assertThat(tickets.findById(opened.id()).orElseThrow().priority()).isEqualTo(Priority.HIGH);
    assertThat(opened.priority()).isEqualTo(Priority.HIGH);
    assertThat(opened.notice()).contains("Critical priority is for Pro and Enterprise");
    assertThat(jdbc.sql("SELECT detail FROM ticket_event WHERE ticket_id = :id AND type = 'TICKET_RECEIVED'")
            .param("id", opened.id()).query(String.class).single())
        .startsWith("high ticket")
        .contains("asked for critical, filed as high");
  }

  @ParameterizedTest
  @EnumSource(value = Plan.class, names = {"PRO", "ENTERPRISE"})
  void pro_and_enterprise_customers_file_critical_tickets(Plan plan) {
    OpenedTicket opened = intake.open(request(testData.customer(plan), Priority.CRITICAL), Channel.WEB);

    assertThat(tickets.findById(opened.id()).orElseThrow().priority()).isEqualTo(Priority.CRITICAL);
    assertThat(opened.notice()).isNull();
  }

  @Test
  void attachments_are_linked_to_the_description_and_readable_by_the_customer_and_staff() throws Exception {
    StoredFile screenshot = store.store("error.png", new ByteArrayInputStream(PNG));
    StoredFile log = store.store("console.log", new ByteArrayInputStream("TypeError at app.js:1".getBytes(StandardCharsets.UTF_8)));

    OpenedTicket opened = intake.open(request(testData.customer(Plan.PRO), Priority.NORMAL), Channel.WEB, List.of(screenshot, log));

    CustomerTicket seen = portal.view(opened.number(), links.tokenFor(opened.number()));
    long description = seen.messages().getFirst().id();
    assertThat(seen.attachmentsOf(description))
        .extracting(Attachment::originalName, Attachment::contentType, Attachment::sizeBytes, Attachment::storageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("error.png", "image/png", (long) PNG.length, screenshot.storageKey()),
            org.assertj.core.groups.Tuple.tuple("console.log", "text/plain; charset=UTF-8", 21L, log.storageKey()));
    long logId = seen.attachments().get(1).id();
    try (AttachmentContent content = asCustomer(opened, logId)) {
      assertThat(new String(content.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("TypeError at app.js:1");
    }
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    try (AttachmentContent content = queries.attachment(opened.number(), seen.attachments().getFirst().id())) {
      assertThat(content.stream().readAllBytes()).isEqualTo(PNG);
    }
  }

  @Test
  void another_tickets_link_cannot_read_an_attachment() {
    StoredFile screenshot = store.store("error.png", new ByteArrayInputStream(PNG));
    OpenedTicket opened = intake.open(request(testData.customer(Plan.PRO), Priority.NORMAL), Channel.WEB, List.of(screenshot));
    OpenedTicket other = intake.open(request(testData.customer(Plan.PRO), Priority.NORMAL), Channel.WEB);
    long attachmentId = portal.view(opened.number(), links.tokenFor(opened.number())).attachments().getFirst().id();

    assertThatThrownBy(() -> portal.attachment(other.number(), links.tokenFor(other.number()), attachmentId))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> portal.attachment(opened.number(), links.tokenFor(other.number()), attachmentId))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void files_of_a_ticket_that_is_not_created_are_deleted() {
    StoredFile screenshot = store.store("error.png", new ByteArrayInputStream(PNG));
    NewTicket unknown =
        new NewTicket("nobody-" + System.nanoTime() + "@example.com", "Checkout fails with error 500", "Every order fails", Priority.NORMAL);

    assertThatThrownBy(() -> intake.open(unknown, Channel.WEB, List.of(screenshot))).isInstanceOf(UnknownAccountException.class);

    assertThat(store.exists(screenshot.storageKey())).isFalse();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE storage_key = :key").param("key", screenshot.storageKey())
            .query(Long.class).single())
        .isZero();
  }

  @Test
  void a_customer_reply_carries_its_attachments_and_a_refused_reply_deletes_them() {
    Ticket waiting = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    String token = links.tokenFor(waiting.number());
    StoredFile screenshot = store.store("still-broken.png", new ByteArrayInputStream(PNG));

    long messageId = portal.reply(waiting.number(), token, "Here is the screenshot", "request-1", List.of(screenshot));

    assertThat(portal.view(waiting.number(), token).attachmentsOf(messageId))
        .extracting(Attachment::originalName)
        .containsExactly("still-broken.png");

    Ticket closed = testTickets.inState(TicketStatus.CLOSED);
    StoredFile refused = store.store("late.png", new ByteArrayInputStream(PNG));
    assertThatThrownBy(
            () -> portal.reply(closed.number(), links.tokenFor(closed.number()), "One more thing", "request-2", List.of(refused)))
        .hasMessageContaining("closed");
    assertThat(store.exists(refused.storageKey())).isFalse();
    assertThat(count("attachment", closed.id())).isZero();
  }

  @Test
  void the_same_reply_sent_twice_keeps_one_message_with_the_first_sendings_files() {
    Ticket waiting = testTickets.inState(TicketStatus.WAITING_ON_CUSTOMER);
    String token = links.tokenFor(waiting.number());
    StoredFile first = store.store("shot.png", new ByteArrayInputStream(PNG));
    StoredFile second = store.store("shot.png", new ByteArrayInputStream(PNG));

    long messageId = portal.reply(waiting.number(), token, "Screenshot attached", "request-same", List.of(first));
    long again = portal.reply(waiting.number(), token, "Screenshot attached", "request-same", List.of(second));

    assertThat(again).isEqualTo(messageId);
    assertThat(testTickets.messages(waiting.id())).isEqualTo(1);
    assertThat(portal.view(waiting.number(), token).attachments()).extracting(Attachment::storageKey).containsExactly(first.storageKey());
    assertThat(store.exists(second.storageKey())).isFalse();
  }

  private AttachmentContent asCustomer(OpenedTicket opened, long attachmentId) {
    return portal.attachment(opened.number(), links.tokenFor(opened.number()), attachmentId);
  }

  private static NewTicket request(Customer customer, Priority priority) {
    return new NewTicket(customer.accountEmail(), "Cannot publish site - error 500 when saving", "Summary: publishing fails", priority);
  }

  private long count(String table, long ticketId) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE ticket_id = :id").param("id", ticketId).query(Long.class).single();
  }
}
