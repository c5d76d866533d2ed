package no.mediaweb.supportflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.notification.StaffNotification;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;
import no.mediaweb.supportflow.processes.EscalationRoutingDecision;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.AuthorType;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Conversation;
import no.mediaweb.supportflow.ticket.ConversationMessage;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEvent;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Escalations through the real workflow, workers, database and inbox, as agents, managers and tiers act. */
@WorkersTest
class EscalationJourneyTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired TicketIntakeService intake;
  @Autowired InboxService inbox;
  @Autowired EscalationService escalations;
  @Autowired TicketRepository tickets;
  @Autowired Timeline timeline;
  @Autowired Conversation conversation;
  @Autowired TestData testData;
  @Autowired JdbcClient jdbc;
  @Autowired StaffDirectory staff;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void an_agents_escalation_is_approved_by_a_manager_and_solved_by_l2_while_the_agent_keeps_the_ticket() {
    OpenedTicket ticket = answeredTicket(Plan.PRO);

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    escalations.request(ticket.number(), EscalationReason.BEYOND_FIRST_LEVEL, "The DNS zone looks broken");

    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    ApprovalRequest approval = awaitApproval(ticket);
    assertThat(approval.escalation().note()).isEqualTo("The DNS zone looks broken");
    assertThat(approval.escalation().tier()).isEqualTo(EscalationRoutingDecision.TIER_L2);
    assertThat(approval.escalation().requestedBy()).isEqualTo("Test Agent");
    escalations.approve(approval.jobKey(), "Needs a specialist");

    Escalation withTier = awaitEscalation(ticket, EscalationState.WITH_TIER);
    assertThat(withTier.decidedBy()).isEqualTo("Test Manager");
    assertThat(withTier.decisionReason()).isEqualTo("Needs a specialist");

    TestData.logInAs(TestData.SPECIALIST, Role.AGENT);
    InboxTask tierTask = awaitTask(ticket, EscalationProcess.Elements.WORK_ESCALATION);
    escalations.resolve(tierTask.jobKey(), "Fixed the zone's MX record");

    Escalation solved = awaitEscalation(ticket, EscalationState.RESOLVED);
    assertThat(solved.outcomeNote()).isEqualTo("Fixed the zone's MX record");
    assertThat(tickets.findById(ticket.id()).orElseThrow().assignee()).isEqualTo(TestData.AGENT);
    await().atMost(WAIT).until(() -> notificationsTo(TestData.AGENT, ticket).stream().anyMatch(m -> m.contains("solved")));
    assertThat(events(ticket))
        .containsSubsequence(
            TimelineEventType.ESCALATION_REQUESTED,
            TimelineEventType.ESCALATION_ROUTED,
            TimelineEventType.ESCALATION_APPROVED,
            TimelineEventType.ESCALATION_HANDED_OVER,
            TimelineEventType.ESCALATION_RESOLVED);
    assertThat(timeline.of(ticket.id()))
        .filteredOn(e -> e.type() == TimelineEventType.ESCALATION_APPROVED)
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("Test Manager"))
        .satisfies(e -> assertThat(e.detail()).contains("Needs a specialist"));
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThat(inbox.myTasks()).anyMatch(t -> t.ticketId() == ticket.id() && t.elementId().equals(Elements.WORK_ON_TICKET));
  }

  @Test
  void a_rejected_escalation_returns_to_the_owner_with_the_managers_reason() {
    OpenedTicket ticket = answeredTicket(Plan.STARTER);
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    escalations.request(ticket.number(), EscalationReason.FEATURE_REQUEST, "Customer wants video galleries");

    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    ApprovalRequest approval = awaitApproval(ticket);
    assertThatThrownBy(() -> escalations.reject(approval.jobKey(), "  ")).isInstanceOf(BusinessRuleException.class);
    assertThat(escalations.approvalQueue()).anyMatch(a -> a.jobKey() == approval.jobKey());
    escalations.reject(approval.jobKey(), "Already on the roadmap; answer from the FAQ");

    Escalation rejected = awaitEscalation(ticket, EscalationState.REJECTED);
    assertThat(rejected.decisionReason()).isEqualTo("Already on the roadmap; answer from the FAQ");
    await()
        .atMost(WAIT)
        .until(() -> notificationsTo(TestData.AGENT, ticket).stream().anyMatch(m -> m.contains("Already on the roadmap")));
    assertThat(events(ticket)).contains(TimelineEventType.ESCALATION_REJECTED).doesNotContain(TimelineEventType.ESCALATION_HANDED_OVER);
  }

  @Test
  void only_managers_approve_or_reject_and_only_agents_ask_for_escalations() {
    OpenedTicket ticket = answeredTicket(Plan.PRO);
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    escalations.request(ticket.number(), EscalationReason.INTEGRATION_API, "Webhook signature fails");
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    long jobKey = awaitApproval(ticket).jobKey();

    for (Role role : List.of(Role.AGENT, Role.QA, Role.ADMIN)) {
      TestData.logInAs("someone-" + role, role);
      assertThatThrownBy(() -> escalations.approve(jobKey, "ok")).as(role.name()).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> escalations.reject(jobKey, "no")).as(role.name()).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> escalations.approvalQueue()).as(role.name()).isInstanceOf(AccessDeniedException.class);
    }
    for (Role role : List.of(Role.MANAGER, Role.QA, Role.ADMIN)) {
      TestData.logInAs("someone-" + role, role);
      assertThatThrownBy(() -> escalations.request(ticket.number(), EscalationReason.PERFORMANCE, "slow"))
          .as(role.name())
          .isInstanceOf(AccessDeniedException.class);
    }
    TestData.logInAs(TestData.ENGINEER, Role.AGENT);
    assertThatThrownBy(() -> escalations.request(ticket.number(), EscalationReason.PERFORMANCE, "slow"))
        .as("an agent outside the ticket's queues")
        .isInstanceOf(AccessDeniedException.class);
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    assertThat(escalations.approvalQueue()).anyMatch(a -> a.jobKey() == jobKey);
  }

  @Test
  void an_agent_cannot_ask_twice_for_the_same_open_escalation_or_without_a_note() {
    OpenedTicket ticket = answeredTicket(Plan.PRO);
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThatThrownBy(() -> escalations.request(ticket.number(), EscalationReason.PERFORMANCE, " "))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("note");
    escalations.request(ticket.number(), EscalationReason.PERFORMANCE, "Pages take 9 s");
    awaitEscalation(ticket, EscalationState.AWAITING_APPROVAL);

    assertThatThrownBy(() -> escalations.request(ticket.number(), EscalationReason.PERFORMANCE, "Again"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("already escalated");
    assertThat(escalations.historyOf(ticket.id())).hasSize(1);
  }

  @Test
  void a_critical_emergency_is_acknowledged_at_once_owned_by_a_senior_agent_and_engineering_is_engaged() {
    String senior = "senior-" + System.nanoTime();
    staff.createIfAbsent(senior, "Sage Senior", "secret", List.of(Role.AGENT), List.of("l1-agents"), true, List.of("en"));
    Customer customer = testData.customer(Plan.ENTERPRISE);
    OpenedTicket ticket =
        intake.open(
            new NewTicket(customer.accountEmail(), "The whole site is down", "Every page returns 503", Priority.CRITICAL,
                Category.SITE_DOWN),
            Channel.WEB);

    await().atMost(WAIT).until(() -> tickets.findById(ticket.id()).orElseThrow().emergency());
    assertThat(conversation.of(ticket.id()))
        .filteredOn(m -> m.authorType() == AuthorType.SYSTEM)
        .singleElement()
        .extracting(ConversationMessage::body)
        .asString()
        .contains("emergency", "30 minutes");
    await().atMost(WAIT).until(() -> senior.equals(tickets.findById(ticket.id()).orElseThrow().assignee()));

    TestData.logInAs(senior, Role.AGENT);
    Escalation engineering = awaitEscalation(ticket, EscalationState.WITH_TIER);
    assertThat(engineering.trigger()).isEqualTo(Trigger.EMERGENCY);
    assertThat(engineering.tier()).isEqualTo(EscalationRoutingDecision.TIER_L3);
    assertThat(engineering.approvalRequired()).isFalse();
    assertThat(events(ticket)).contains(TimelineEventType.EMERGENCY_DECLARED, TimelineEventType.SENIOR_AGENT_ASSIGNED);
    TestData.logInAs(TestData.ENGINEER, Role.AGENT);
    awaitTask(ticket, EscalationProcess.Elements.WORK_ESCALATION);
  }

  // ---- steps

  private OpenedTicket answeredTicket(Plan plan) {
    Customer customer = testData.customer(plan);
    OpenedTicket opened =
        intake.open(new NewTicket(customer.accountEmail(), "Domain e-mail stopped working", "No mail since Friday", Priority.NORMAL),
            Channel.WEB);
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    InboxTask first =
        await()
            .pollInSameThread()
            .atMost(WAIT)
            .until(
                () -> inbox.groupQueue().stream()
                    .filter(t -> t.ticketId() == opened.id() && t.elementId().equals(Elements.SEND_FIRST_RESPONSE))
                    .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    inbox.claim(first.jobKey());
    inbox.complete(first.jobKey(), new AgentResponse(AgentAction.REPLY, "We are looking into it."));
    await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(() -> inbox.myTasks().stream().anyMatch(t -> t.ticketId() == opened.id() && t.elementId().equals(Elements.WORK_ON_TICKET)));
    TestData.logOut();
    return opened;
  }

  private ApprovalRequest awaitApproval(OpenedTicket ticket) {
    return await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(
            () -> escalations.approvalQueue().stream().filter(a -> a.escalation().ticketId() == ticket.id()).findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private Escalation awaitEscalation(OpenedTicket ticket, EscalationState state) {
    return await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(
            () -> escalations.historyOf(ticket.id()).stream().filter(e -> e.state() == state).findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private InboxTask awaitTask(OpenedTicket ticket, String elementId) {
    return await()
        .pollInSameThread()
        .atMost(WAIT)
        .until(
            () -> java.util.stream.Stream.concat(inbox.myTasks().stream(), inbox.groupQueue().stream())
                .filter(t -> t.ticketId() == ticket.id() && t.elementId().equals(elementId))
                .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private List<TimelineEventType> events(OpenedTicket ticket) {
    return timeline.of(ticket.id()).stream().map(TimelineEvent::type).toList();
  }

  private List<String> notificationsTo(String recipient, OpenedTicket ticket) {
    return jdbc.sql("SELECT message FROM staff_notification WHERE recipient = :r AND ticket_id = :t")
        .param("r", recipient)
        .param("t", ticket.id())
        .query(String.class)
        .list();
  }
}
