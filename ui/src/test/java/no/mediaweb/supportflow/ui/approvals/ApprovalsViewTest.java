package no.mediaweb.supportflow.ui.approvals;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.mediaweb.supportflow.escalation.ApprovalRequest;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.escalation.EscalationReason;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.escalation.EscalationState;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.TicketQueries;
import no.mediaweb.supportflow.timeline.TimelineEvent;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApprovalsViewTest extends KaribuViewTest {

  @Autowired EscalationService escalations;
  @Autowired InboxService inbox;
  @Autowired TicketQueries queries;

  @Test
  @SuppressWarnings("unchecked")
  void a_manager_approves_an_escalation_with_a_reason_and_it_goes_to_the_tier() {
    OpenedTicket ticket = pendingApproval("Approve Alma", "Webshop export to accounting fails every night");
    loginAs(manager("approve.manager", "Mona Manager"), Role.MANAGER);
    navigate("approvals");
    Grid<ApprovalRequest> grid = _get(Grid.class, spec -> spec.withId("approvals-grid"));
    int row = rowIndex(grid, r -> r.escalation().ticketNumber().equals(ticket.number()));
    ApprovalRequest request = rows(grid).get(row);
    assertThat(request.subject()).isEqualTo("Webshop export to accounting fails every night");
    assertThat(request.escalation().reasonLabel()).isEqualTo("Technical problem beyond first level");

    _click(buttonInCell(grid, row, "actions", "Approve"));
    _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "Needs a look at the export job's logs");
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    expectNotifications("Escalation of %s approved: it goes to L2 technical specialists".formatted(ticket.number()));
    assertThat(rows(grid)).extracting(r -> r.escalation().ticketNumber()).doesNotContain(ticket.number());
    Escalation escalation = onlyEscalation(ticket);
    assertThat(escalation.state()).isIn(EscalationState.REQUESTED, EscalationState.WITH_TIER);
    assertThat(escalation.decidedBy()).isEqualTo("Mona Manager");
    assertThat(escalation.decisionReason()).isEqualTo("Needs a look at the export job's logs");
    assertThat(timeline(ticket))
        .filteredOn(e -> e.type() == TimelineEventType.ESCALATION_APPROVED)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("Mona Manager");
          assertThat(e.detail()).contains("Needs a look at the export job's logs");
        });
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_manager_rejects_an_escalation_with_a_reason_and_the_owner_keeps_the_ticket() {
    OpenedTicket ticket = pendingApproval("Reject Rune", "Product images are cropped on the category page");
    loginAs(manager("reject.manager", "Rakel Reject"), Role.MANAGER);
    navigate("approvals");
    Grid<ApprovalRequest> grid = _get(Grid.class, spec -> spec.withId("approvals-grid"));
    int row = rowIndex(grid, r -> r.escalation().ticketNumber().equals(ticket.number()));

    _click(buttonInCell(grid, row, "actions", "Reject"));
    _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "The crop setting is in the theme; L1 can fix it");
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    assertThat(rows(grid)).extracting(r -> r.escalation().ticketNumber()).doesNotContain(ticket.number());
    Escalation escalation = onlyEscalation(ticket);
    assertThat(escalation.state()).isEqualTo(EscalationState.REJECTED);
    assertThat(escalation.decidedBy()).isEqualTo("Rakel Reject");
    assertThat(escalation.decisionReason()).isEqualTo("The crop setting is in the theme; L1 can fix it");
    assertThat(timeline(ticket)).extracting(TimelineEvent::type).contains(TimelineEventType.ESCALATION_REJECTED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_rejection_without_a_reason_is_refused_on_the_field_and_changes_nothing() {
    OpenedTicket ticket = pendingApproval("Blank Berit", "Search box returns nothing for product codes");
    loginAs(manager("blank.manager", "Bjarne Blank"), Role.MANAGER);
    navigate("approvals");
    Grid<ApprovalRequest> grid = _get(Grid.class, spec -> spec.withId("approvals-grid"));
    int row = rowIndex(grid, r -> r.escalation().ticketNumber().equals(ticket.number()));

    _click(buttonInCell(grid, row, "actions", "Reject"));
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    TextArea reason = _get(TextArea.class, spec -> spec.withId("decision-text"));
    assertThat(reason.isInvalid()).isTrue();
    assertThat(reason.getErrorMessage()).isEqualTo("Say why you reject it");
    expectNotifications("Say why you reject it");
    assertThat(_get(Dialog.class, spec -> spec.withId("decision-dialog")).isOpened()).isTrue();
    assertThat(rows(grid)).extracting(r -> r.escalation().ticketNumber()).contains(ticket.number());
    Escalation escalation = onlyEscalation(ticket);
    assertThat(escalation.state()).isEqualTo(EscalationState.AWAITING_APPROVAL);
    assertThat(escalation.decidedBy()).isNull();
    assertThat(timeline(ticket)).extracting(TimelineEvent::type).doesNotContain(TimelineEventType.ESCALATION_REJECTED);
  }

  @Test
  void an_agent_cannot_open_the_approvals() {
    loginAs(agent("approvals.agent", "Aksel Agent"), Role.AGENT);

    navigate("approvals");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    _assertNone(Grid.class, spec -> spec.withId("approvals-grid"));
  }

  // --- helpers --------------------------------------------------------------------------------

  private String manager(String username, String displayName) {
    staff.createIfAbsent(username, displayName, "manager-password-1", List.of(Role.MANAGER), List.of(EscalationProcess.GROUP_MANAGERS));
    return username;
  }

  /**
   * A ticket whose agent answered it and asked for an escalation that needs a manager's approval;
   * returns once the approval waits in the managers' queue.
   */
  private OpenedTicket pendingApproval(String customerName, String subject) {
    OpenedTicket ticket = openTicket(newCustomer(customerName), subject);
    String agent = agent("owner." + customerName.toLowerCase().replace(' ', '.'), "Owner of " + customerName);
    loginAs(agent, Role.AGENT);
    InboxTask first =
        eventually().until(() -> inbox.openTasksOf(ticket.id()).stream().findFirst().orElse(null), t -> t != null && t.isFirstResponse());
    inbox.complete(first.jobKey(), new AgentResponse(AgentAction.REPLY, "We are looking into it."));
    eventually().until(() -> inbox.openTasksOf(ticket.id()).stream().anyMatch(t -> !t.isFirstResponse()));
    escalations.request(ticket.number(), EscalationReason.BEYOND_FIRST_LEVEL, "The export job needs L2 access");
    loginAs(manager("approvals.watcher", "Wenche Watcher"), Role.MANAGER);
    eventually()
        .until(() -> escalations.approvalQueue().stream().anyMatch(r -> r.escalation().ticketNumber().equals(ticket.number())));
    logout();
    return ticket;
  }

  private Escalation onlyEscalation(OpenedTicket ticket) {
    return eventually()
        .until(() -> escalations.historyOf(ticket.id()), all -> all.size() == 1)
        .getFirst();
  }

  private List<TimelineEvent> timeline(OpenedTicket ticket) {
    return queries.details(ticket.number()).timeline();
  }
}
