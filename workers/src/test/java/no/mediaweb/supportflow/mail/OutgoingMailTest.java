package no.mediaweb.supportflow.mail;

import static no.mediaweb.supportflow.mail.MailTesting.partOf;
import static no.mediaweb.supportflow.mail.MailTesting.parts;
import static no.mediaweb.supportflow.mail.MailTesting.receivedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.survey.SurveyMailDue;
import no.mediaweb.supportflow.testing.EmbeddedMail;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Conversation;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.MessageKind;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketOpened;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails to customers go through the outbox to a real SMTP server, once per event. */
@WorkersTest
class OutgoingMailTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired TicketIntakeService intake;
  @Autowired TicketRepository tickets;
  @Autowired CustomerRepository customers;
  @Autowired Conversation conversation;
  @Autowired CustomerLinks links;
  @Autowired MailOutbox outbox;
  @Autowired MailDispatcher dispatcher;
  @Autowired MailProperties properties;
  @Autowired JavaMailSender sender;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired TestData testData;
  @Autowired TestTickets testTickets;

  @Test
  void an_opened_ticket_is_acknowledged_once_with_its_number_promise_and_link() throws Exception {
    Customer customer = testData.customer(Plan.PRO);
    OpenedTicket opened =
        intake.open(new NewTicket(customer.accountEmail(), "Checkout returns error 500", "Every order fails", Priority.HIGH), Channel.WEB);

    MimeMessage mail = await().atMost(WAIT).until(() -> receivedBy(customer.accountEmail()), m -> m.size() == 1).getFirst();
    Ticket ticket = tickets.findById(opened.id()).orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("[" + opened.number() + "] We have received your request");
    assertThat(mail.getReplyTo()[0].toString()).isEqualTo(EmbeddedMail.SUPPORT_ADDRESS);
    assertThat(mail.getMessageID()).isEqualTo(outbox.messageIdFor("ticket:" + opened.id() + ":acknowledgement"));
    String promise = MailRenderer.formatInstant(ticket.firstResponseDueAt(), ZoneId.of("Europe/Oslo"), "en");
    assertThat(partOf(mail, "text/plain"))
        .contains("registered as ticket " + opened.number(), "We will answer you by " + promise + " (Europe/Oslo)", opened.customerLink());
    assertThat(partOf(mail, "text/html")).contains(opened.customerLink(), promise);

    transactions.executeWithoutResult(tx -> events.publishEvent(new TicketOpened(opened.id())));
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();
    assertThat(outbox.ofTicket(opened.id())).hasSize(1).first().extracting(OutgoingMail::status).isEqualTo(MailStatus.SENT);
    assertThat(receivedBy(customer.accountEmail())).hasSize(1);
  }

  @Test
  void a_support_message_is_mailed_once_with_a_plain_text_and_an_escaped_html_part() throws Exception {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    String email = customers.findById(ticket.customerId()).orElseThrow().accountEmail();
    String body = "Which browser do you use? <script>alert(1)</script>";

    long messageId = addSupportMessage(ticket, MessageKind.INFO_REQUEST, body, "test:" + ticket.id() + ":info");
    addSupportMessage(ticket, MessageKind.INFO_REQUEST, body, "test:" + ticket.id() + ":info");
    MimeMessage mail = await().atMost(WAIT).until(() -> receivedBy(email), m -> m.size() == 1).getFirst();
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();

    assertThat(receivedBy(email)).hasSize(1);
    assertThat(outbox.byKey("message:" + messageId)).isPresent();
    assertThat(mail.getContentType()).startsWith("multipart/mixed");
    assertThat(parts(mail)).extracting(p -> p[0]).containsExactly("text/plain", "text/html");
    assertThat(mail.getSubject()).isEqualTo("[" + ticket.number() + "] We need more information");
    assertThat(partOf(mail, "text/plain")).contains(body, "Test Agent needs more information", links.linkFor(ticket.number()));
    assertThat(partOf(mail, "text/html"))
        .contains("Which browser do you use? &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
  }

  @Test
  void each_kind_of_support_message_has_its_own_subject_and_a_customer_message_sends_nothing() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    long reply = addSupportMessage(ticket, MessageKind.REPLY, "We are looking into it.", "test:" + ticket.id() + ":reply");
    long resolution = addSupportMessage(ticket, MessageKind.RESOLUTION, "Clear the cache.", "test:" + ticket.id() + ":resolution");
    long reminder = addSupportMessage(ticket, MessageKind.REMINDER, "Any news?", "test:" + ticket.id() + ":reminder");
    transactions.executeWithoutResult(
        tx -> conversation.add(ticket.id(), AuthorType.CUSTOMER, "Customer", MessageKind.CUSTOMER_REPLY, "Thanks", "test:" + ticket.id() + ":customer"));

    assertThat(outbox.ofTicket(ticket.id()))
        .extracting(OutgoingMail::mailKey, OutgoingMail::template, OutgoingMail::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("message:" + reply, MailTemplate.AGENT_REPLY, "[" + ticket.number() + "] New reply to your request"),
            org.assertj.core.groups.Tuple.tuple("message:" + resolution, MailTemplate.RESOLUTION, "[" + ticket.number() + "] We have a solution for you"),
            org.assertj.core.groups.Tuple.tuple("message:" + reminder, MailTemplate.REMINDER, "[" + ticket.number() + "] We are waiting for your answer"));
  }

  @Test
  void a_spanish_customer_gets_the_spanish_mail() throws Exception {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    jdbc.sql("UPDATE customer SET language = 'es', time_zone = 'Europe/Madrid' WHERE id = :id").param("id", ticket.customerId()).update();
    String email = customers.findById(ticket.customerId()).orElseThrow().accountEmail();

    addSupportMessage(ticket, MessageKind.RESOLUTION, "Vacíe la caché.", "test:" + ticket.id() + ":es");

    MimeMessage mail = await().atMost(WAIT).until(() -> receivedBy(email), m -> m.size() == 1).getFirst();
    assertThat(mail.getSubject()).isEqualTo("[" + ticket.number() + "] Tenemos una solución para usted");
    assertThat(partOf(mail, "text/plain")).contains("propone esta solución", "Vacíe la caché.", "Confirmar o responder");
    assertThat(outbox.ofTicket(ticket.id()).getFirst().language()).isEqualTo("es");
  }

  @Test
  void a_survey_invitation_is_mailed_once_with_its_link_and_expiry() throws Exception {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String email = customers.findById(ticket.customerId()).orElseThrow().accountEmail();
    Instant expires = Instant.parse("2026-12-14T08:00:00Z");
    SurveyMailDue due =
        new SurveyMailDue(ticket.id(), SurveyMailDue.Kind.INVITATION, "https://support.example/survey/abc", expires, "survey:" + ticket.id() + ":invitation");

    transactions.executeWithoutResult(tx -> events.publishEvent(due));
    transactions.executeWithoutResult(tx -> events.publishEvent(due));

    MimeMessage mail = await().atMost(WAIT).until(() -> receivedBy(email), m -> m.size() == 1).getFirst();
    dispatcher.dispatchDue();
    assertThat(receivedBy(email)).hasSize(1);
    assertThat(mail.getSubject()).isEqualTo("[" + ticket.number() + "] How did we do?");
    assertThat(partOf(mail, "text/plain"))
        .contains("https://support.example/survey/abc", MailRenderer.formatInstant(expires, ZoneId.of("Europe/Oslo"), "en"));
    assertThat(outbox.byKey("survey:" + ticket.id() + ":invitation").orElseThrow().template()).isEqualTo(MailTemplate.SURVEY_INVITATION);
  }

  @Test
  void a_mail_the_smtp_server_refuses_is_tried_again_later_and_sent_once() throws Exception {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    String email = customers.findById(ticket.customerId()).orElseThrow().accountEmail();
    // stored a day ahead, so the running dispatcher leaves it to this test's dispatchers
    Instant later = SharedClock.now().plus(Duration.ofDays(1));
    long messageId =
        transactions.execute(
            tx -> {
              long id = conversation.add(ticket.id(), AuthorType.AGENT, "Test Agent", MessageKind.REPLY, "Hello", "test:" + ticket.id() + ":retry");
              jdbc.sql("UPDATE outgoing_mail SET next_attempt_at = :later WHERE mail_key = :key")
                  .param("later", java.sql.Timestamp.from(later))
                  .param("key", "message:" + id)
                  .update();
              return id;
            });
    String key = "message:" + messageId;

    dispatcherAt(later.plusSeconds(1), unreachableSmtp()).dispatchDue();
    OutgoingMail failed = outbox.byKey(key).orElseThrow();
    assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(failed.nextAttemptAt()).isAfter(later.plusSeconds(1));
    assertThat(receivedBy(email)).isEmpty();

    dispatcherAt(later.plusSeconds(30), sender).dispatchDue();
    assertThat(outbox.byKey(key).orElseThrow().status()).isEqualTo(MailStatus.PENDING);
    assertThat(receivedBy(email)).isEmpty();

    dispatcherAt(failed.nextAttemptAt().plusSeconds(1), sender).dispatchDue();
    dispatcherAt(failed.nextAttemptAt().plusSeconds(2), sender).dispatchDue();
    OutgoingMail sent = outbox.byKey(key).orElseThrow();
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(receivedBy(email)).hasSize(1);
  }

  @Test
  void a_mail_is_given_up_after_the_last_attempt() throws Exception {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    Instant start = SharedClock.now().plus(Duration.ofDays(2));
    long messageId =
        transactions.execute(
            tx -> {
              long id = conversation.add(ticket.id(), AuthorType.AGENT, "Test Agent", MessageKind.REPLY, "Hello", "test:" + ticket.id() + ":give-up");
              jdbc.sql("UPDATE outgoing_mail SET next_attempt_at = :at WHERE mail_key = :key")
                  .param("at", java.sql.Timestamp.from(start))
                  .param("key", "message:" + id)
                  .update();
              return id;
            });
    JavaMailSender unreachable = unreachableSmtp();

    Instant at = start;
    for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
      at = at.plus(Duration.ofDays(1));
      MailDispatcher dispatcher = dispatcherAt(at, unreachable);
      int expected = attempt;
      // the application's own dispatcher may hold the row for a moment: it is skipped, not waited for
      await().atMost(Duration.ofSeconds(10)).until(() -> {
        dispatcher.dispatchDue();
        return outbox.byKey("message:" + messageId).orElseThrow().attempts() >= expected;
      });
    }

    OutgoingMail failed = outbox.byKey("message:" + messageId).orElseThrow();
    assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
    dispatcherAt(at.plus(Duration.ofDays(1)), sender).dispatchDue();
    assertThat(outbox.byKey("message:" + messageId).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
  }

  private long addSupportMessage(Ticket ticket, MessageKind kind, String body, String key) {
    return transactions.execute(tx -> conversation.add(ticket.id(), AuthorType.AGENT, "Test Agent", kind, body, key));
  }

  /** A dispatcher whose clock stands at {@code now}. */
  private MailDispatcher dispatcherAt(Instant now, JavaMailSender via) {
    return new MailDispatcher(new MailOutbox(jdbc, properties, Clock.fixed(now, ZoneId.of("UTC"))), via, properties);
  }

  /** A sender pointed at a local port nobody listens on: the connection is refused. */
  private static JavaMailSender unreachableSmtp() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
    unreachable.setHost("127.0.0.1");
    unreachable.setPort(port);
    return unreachable;
  }
}
