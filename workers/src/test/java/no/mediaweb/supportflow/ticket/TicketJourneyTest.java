package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.testing.SharedClock;
import static no.mediaweb.supportflow.timeline.TimelineEventType.CLOSED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.CUSTOMER_CONFIRMED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.CUSTOMER_REPLIED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.FIRST_RESPONSE_SENT;
import static no.mediaweb.supportflow.timeline.TimelineEventType.INFO_REQUESTED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.RESOLUTION_PROPOSED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.RESOLVED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.SLA_TARGETS_SET;
import static no.mediaweb.supportflow.timeline.TimelineEventType.TICKET_RECEIVED;
import static no.mediaweb.supportflow.timeline.TimelineEventType.WAITING_ON_CUSTOMER;
import static no.mediaweb.supportflow.timeline.TimelineEventType.WORK_RESUMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import no.mediaweb.supportflow.sla.CalendarCatalog;
import java.util.List;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEvent;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One ticket through the real workflow, workers, database and inbox, as the agent and customer act. */
@WorkersTest
class TicketJourneyTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired TicketIntakeService intake;
  @Autowired InboxService inbox;
  @Autowired CustomerPortalService portal;
  @Autowired CustomerLinks links;
  @Autowired TicketRepository tickets;
  @Autowired Timeline timeline;
  @Autowired Conversation conversation;
  @Autowired TestData testData;
  @Autowired CalendarCatalog calendars;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void a_ticket_goes_from_intake_through_an_information_request_to_confirmed_closure() {
    Customer customer = testData.customer(Plan.PRO);
    Instant before = SharedClock.now();
    OpenedTicket opened =
        intake.open(
            new NewTicket(customer.accountEmail(), "Contact form not sending e-mails since update",
                "Summary: the contact form fails", Priority.NORMAL),
            Channel.WEB);
    String token = links.tokenFor(opened.number());
    assertThat(opened.customerLink()).endsWith("/my-ticket/" + opened.number() + "/" + token);

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    InboxTask firstResponse = awaitTask(opened.id(), Elements.SEND_FIRST_RESPONSE, true);
    Ticket queued = tickets.findById(opened.id()).orElseThrow();
    assertThat(queued.status()).isEqualTo(TicketStatus.OPEN);
    Instant expectedDue =
        calendars.calendarFor(CalendarCatalog.BUSINESS_HOURS, ZoneId.of(customer.timeZone()))
            .add(queued.createdAt(), Duration.ofHours(4));
    assertThat(queued.firstResponseDueAt()).isEqualTo(expectedDue).isAfter(before);
    assertThat(firstResponse.dueAt()).isEqualTo(queued.firstResponseDueAt());

    inbox.claim(firstResponse.jobKey());
    inbox.complete(firstResponse.jobKey(), new AgentResponse(AgentAction.REQUEST_INFO, "Which browser do you use?"));
    await().atMost(WAIT).until(() -> status(opened) == TicketStatus.WAITING_ON_CUSTOMER);
    assertThat(tickets.findById(opened.id()).orElseThrow().firstResponseSla()).isEqualTo(SlaState.MET);

    TestData.logOut();
    portal.reply(opened.number(), token, "Firefox 128 on Windows 11", "request-1");
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    InboxTask work = awaitTask(opened.id(), Elements.WORK_ON_TICKET, false);
    assertThat(work.assignee()).isEqualTo(TestData.AGENT);
    assertThat(status(opened)).isEqualTo(TicketStatus.IN_PROGRESS);

    inbox.complete(work.jobKey(), new AgentResponse(AgentAction.PROPOSE_RESOLUTION, "Clear the cache, then resend."));
    await().atMost(WAIT).until(() -> status(opened) == TicketStatus.RESOLVED);

    TestData.logOut();
    portal.confirmResolution(opened.number(), token);
    await().atMost(WAIT).until(() -> status(opened) == TicketStatus.CLOSED);

    Ticket closed = tickets.findById(opened.id()).orElseThrow();
    assertThat(closed.closeReason()).isEqualTo(CloseReason.CONFIRMED);
    assertThat(closed.resolutionSla()).isEqualTo(SlaState.MET);
    assertThat(eventTypes(opened))
        .containsSubsequence(
            TICKET_RECEIVED, SLA_TARGETS_SET, FIRST_RESPONSE_SENT, INFO_REQUESTED, WAITING_ON_CUSTOMER,
            CUSTOMER_REPLIED, WORK_RESUMED, RESOLUTION_PROPOSED, RESOLVED, CUSTOMER_CONFIRMED, CLOSED);
    assertThat(conversation.of(opened.id()))
        .extracting(ConversationMessage::kind)
        .containsExactly(MessageKind.DESCRIPTION, MessageKind.INFO_REQUEST, MessageKind.CUSTOMER_REPLY, MessageKind.RESOLUTION);
  }

  @Test
  void a_customer_reply_after_the_resolution_reopens_the_ticket_for_the_same_agent() {
    Customer customer = testData.customer(Plan.ENTERPRISE);
    OpenedTicket opened =
        intake.open(new NewTicket(customer.accountEmail(), "Gallery images load slowly", "Slow gallery", Priority.HIGH), Channel.API);
    String token = links.tokenFor(opened.number());
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    InboxTask firstResponse = awaitTask(opened.id(), Elements.SEND_FIRST_RESPONSE, true);
    inbox.complete(firstResponse.jobKey(), new AgentResponse(AgentAction.PROPOSE_RESOLUTION, "We enabled image caching."));
    await().atMost(WAIT).until(() -> status(opened) == TicketStatus.RESOLVED);

    TestData.logOut();
    portal.reply(opened.number(), token, "Still slow on mobile", "request-2");

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    InboxTask work = awaitTask(opened.id(), Elements.WORK_ON_TICKET, false);
    assertThat(work.assignee()).isEqualTo(TestData.AGENT);
    Ticket reopened = tickets.findById(opened.id()).orElseThrow();
    assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(reopened.resolvedAt()).isNull();
    assertThat(eventTypes(opened)).contains(TimelineEventType.REOPENED);
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

  private TicketStatus status(OpenedTicket opened) {
    return tickets.findById(opened.id()).orElseThrow().status();
  }

  private List<TimelineEventType> eventTypes(OpenedTicket opened) {
    return timeline.of(opened.id()).stream().map(TimelineEvent::type).toList();
  }
}
