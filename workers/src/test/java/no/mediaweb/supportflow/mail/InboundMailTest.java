package no.mediaweb.supportflow.mail;

import static no.mediaweb.supportflow.mail.MailTesting.receivedBy;
import static no.mediaweb.supportflow.mail.MailTesting.sendToSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Conversation;
import no.mediaweb.supportflow.ticket.ConversationMessage;
import no.mediaweb.supportflow.ticket.MessageKind;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEvent;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mails sent over SMTP to the support address, read back over IMAP from the embedded mail server. */
@WorkersTest
class InboundMailTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired InboundMailPoller poller;
  @Autowired InboundMailLog log;
  @Autowired MailOutbox outbox;
  @Autowired MailDispatcher dispatcher;
  @Autowired TicketIntakeService intake;
  @Autowired TicketRepository tickets;
  @Autowired InboxService inbox;
  @Autowired Conversation conversation;
  @Autowired Timeline timeline;
  @Autowired JdbcClient jdbc;
  @Autowired TestData testData;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void a_mail_from_a_customer_opens_an_email_ticket() throws Exception {
    Customer customer = testData.customer(Plan.STARTER);
    String messageId = newMessageId();

    sendToSupport(customer.accountEmail(), "Contact form stopped sending", "Since Monday the form fails.\n\nAna", messageId);
    poller.poll();

    List<Ticket> opened = ticketsOf(customer);
    assertThat(opened).hasSize(1);
    Ticket ticket = opened.getFirst();
    assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
    assertThat(ticket.subject()).isEqualTo("Contact form stopped sending");
    assertThat(ticket.description()).isEqualTo("Since Monday the form fails.\n\nAna");
    assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
    assertThat(ticket.category()).isEqualTo(Category.OTHER);
    assertThat(log.entry(messageId).orElseThrow())
        .extracting(InboundMailLog.Entry::status, InboundMailLog.Entry::outcome, InboundMailLog.Entry::ticketId)
        .containsExactly("PROCESSED", "TICKET_CREATED", ticket.id());
    MimeMessage acknowledgement = await().atMost(WAIT).until(() -> receivedBy(customer.accountEmail()), m -> m.size() == 1).getFirst();
    assertThat(acknowledgement.getSubject()).isEqualTo("[" + ticket.number() + "] We have received your request");
  }

  @Test
  void the_same_message_id_twice_opens_one_ticket() throws Exception {
    Customer customer = testData.customer(Plan.PRO);
    String messageId = newMessageId();

    sendToSupport(customer.accountEmail(), "Images missing in gallery", "The gallery is empty.", messageId);
    poller.poll();
    sendToSupport(customer.accountEmail(), "Images missing in gallery", "The gallery is empty.", messageId);
    poller.poll();
    poller.poll();

    assertThat(ticketsOf(customer)).hasSize(1);
    assertThat(log.entry(messageId).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void an_unknown_sender_gets_one_polite_answer_and_no_ticket() throws Exception {
    String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String messageId = newMessageId();

    sendToSupport(stranger, "Please help", "My site is down", messageId);
    poller.poll();
    sendToSupport(stranger, "Please help", "My site is down", messageId);
    poller.poll();

    MimeMessage answer = await().atMost(WAIT).until(() -> receivedBy(stranger), m -> m.size() == 1).getFirst();
    assertThat(answer.getSubject()).isEqualTo("We could not find your account");
    assertThat(MailTesting.partOf(answer, "text/plain")).contains("We could not find a Mediaweb account for " + stranger);
    assertThat(log.entry(messageId).orElseThrow().outcome()).isEqualTo("UNKNOWN_SENDER");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket t JOIN customer c ON c.id = t.customer_id WHERE c.account_email = :e")
            .param("e", stranger).query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE recipient_email = :e")
            .param("e", stranger).query(Long.class).single())
        .isOne();
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();
    assertThat(receivedBy(stranger)).hasSize(1);
  }

  @Test
  void a_reply_by_mail_threads_into_the_ticket_and_resumes_it_when_it_waits_on_the_customer() throws Exception {
    Customer customer = testData.customer(Plan.PRO);
    OpenedTicket opened =
        intake.open(new NewTicket(customer.accountEmail(), "Contact form not sending e-mails", "The form fails", Priority.NORMAL), Channel.WEB);
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    InboxTask firstResponse = awaitTask(opened.id(), Elements.SEND_FIRST_RESPONSE, true);
    inbox.claim(firstResponse.jobKey());
    inbox.complete(firstResponse.jobKey(), new AgentResponse(AgentAction.REQUEST_INFO, "Which browser do you use?"));
    await().atMost(WAIT).until(() -> status(opened) == TicketStatus.WAITING_ON_CUSTOMER);
    MimeMessage question =
        await().atMost(WAIT).until(() -> receivedBy(customer.accountEmail()), m -> m.size() == 2).get(1);
    assertThat(question.getSubject()).isEqualTo("[" + opened.number() + "] We need more information");

    String messageId = newMessageId();
    sendToSupport(
        customer.accountEmail(), "Re: " + question.getSubject(),
        "Firefox 128 on Windows 11.\n\nOn Fri, 27 Nov 2026 at 10:00, Mediaweb Support <support@mediaweb.test> wrote:\n> Which browser do you use?\n",
        messageId);
    poller.poll();
    poller.poll();

    InboxTask work = awaitTask(opened.id(), Elements.WORK_ON_TICKET, false);
    assertThat(work.assignee()).isEqualTo(TestData.AGENT);
    assertThat(status(opened)).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(timeline.of(opened.id()).stream().map(TimelineEvent::type).toList())
        .containsSubsequence(TimelineEventType.WAITING_ON_CUSTOMER, TimelineEventType.CUSTOMER_REPLIED, TimelineEventType.WORK_RESUMED);
    List<ConversationMessage> replies =
        conversation.of(opened.id()).stream().filter(m -> m.kind() == MessageKind.CUSTOMER_REPLY).toList();
    assertThat(replies).extracting(ConversationMessage::body).containsExactly("Firefox 128 on Windows 11.");
    assertThat(log.entry(messageId).orElseThrow())
        .extracting(InboundMailLog.Entry::outcome, InboundMailLog.Entry::ticketId)
        .containsExactly("REPLY_ADDED", opened.id());
    assertThat(ticketsOf(customer)).hasSize(1);
  }

  @Test
  void a_ticket_number_of_another_customer_opens_a_new_ticket_instead_of_threading() throws Exception {
    Customer owner = testData.customer(Plan.PRO);
    Customer other = testData.customer(Plan.PRO);
    OpenedTicket opened =
        intake.open(new NewTicket(owner.accountEmail(), "Slow pages on the shop", "Slow", Priority.NORMAL), Channel.WEB);

    sendToSupport(other.accountEmail(), "Re: [" + opened.number() + "] We have received your request", "Me too", newMessageId());
    poller.poll();

    assertThat(conversation.of(opened.id())).extracting(ConversationMessage::kind).doesNotContain(MessageKind.CUSTOMER_REPLY);
    assertThat(ticketsOf(other)).singleElement().extracting(Ticket::subject).isEqualTo("[" + opened.number() + "] We have received your request");
  }

  private List<Ticket> ticketsOf(Customer customer) {
    return tickets.findAll().stream().filter(t -> t.customerId().equals(customer.id())).toList();
  }

  private TicketStatus status(OpenedTicket opened) {
    return tickets.findById(opened.id()).orElseThrow().status();
  }

  private InboxTask awaitTask(long ticketId, String elementId, boolean inQueue) {
    return await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(
            () -> (inQueue ? inbox.groupQueue() : inbox.myTasks()).stream()
                .filter(t -> t.ticketId() == ticketId && t.elementId().equals(elementId))
                .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private static String newMessageId() {
    return "<" + UUID.randomUUID() + "@customer.example>";
  }
}
