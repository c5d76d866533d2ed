package no.mediaweb.supportflow.ui.ticket;

import no.mediaweb.supportflow.processes.EscalationProcess;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.escalation.EscalationReason;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.escalation.EscalationState;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TicketEscalationViewTest extends KaribuViewTest {

  @Autowired InboxService inbox;
  @Autowired EscalationService escalations;

  @Test
  @SuppressWarnings("unchecked")
  void an_agent_escalates_from_the_ticket_view_and_the_escalation_shows_in_its_history() {
    OpenedTicket ticket = openTicket(newCustomer("Eskil Escalate"), "Payment provider callback times out");
    loginAs(agent("escalating.agent", "Elin Escalating"), Role.AGENT);
    answerFirstResponse(ticket);
    navigate("tickets/" + ticket.number());
    assertThat(textOf("escalations")).contains("This ticket has not been escalated.");

    _click(_get(Button.class, spec -> spec.withId("escalate")));
    Select<EscalationReason> reason = _get(Select.class, spec -> spec.withId("decision-choice"));
    assertThat(reason.getListDataView().getItems()).containsExactlyElementsOf(EscalationReason.CHOOSABLE);
    _setValue(reason, EscalationReason.INTEGRATION_API);
    _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "The provider's webhook needs L2 to read the logs");
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    expectNotifications("Escalation requested");
    Escalation escalation =
        eventually().until(() -> escalations.historyOf(ticket.id()), (List<Escalation> all) -> all.size() == 1).getFirst();
    assertThat(escalation.reasonLabel()).isEqualTo("Integration or API problem");
    assertThat(escalation.requestedBy()).isEqualTo("Elin Escalating");
    assertThat(escalation.note()).isEqualTo("The provider's webhook needs L2 to read the logs");
    assertThat(escalation.state()).isEqualTo(EscalationState.AWAITING_APPROVAL);
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(_get(Div.class, spec -> spec.withId("escalation-" + escalation.id())).getElement().getTextRecursively())
                  .contains(
                      "Integration or API problem → L2 technical specialists", "Awaiting approval", "Elin Escalating",
                      "The provider's webhook needs L2 to read the logs");
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_escalation_without_a_note_is_refused_and_nothing_is_escalated() {
    OpenedTicket ticket = openTicket(newCustomer("Nora Note"), "Invoice PDF shows the wrong VAT number");
    loginAs(agent("noteless.agent", "Nils Noteless"), Role.AGENT);
    answerFirstResponse(ticket);
    navigate("tickets/" + ticket.number());

    _click(_get(Button.class, spec -> spec.withId("escalate")));
    _setValue((Select<EscalationReason>) _get(Select.class, spec -> spec.withId("decision-choice")), EscalationReason.BEYOND_FIRST_LEVEL);
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    TextArea note = _get(TextArea.class, spec -> spec.withId("decision-text"));
    assertThat(note.isInvalid()).isTrue();
    assertThat(note.getErrorMessage()).isEqualTo("Add a note for the next tier");
    assertThat(escalations.historyOf(ticket.id())).isEmpty();
  }

  @Test
  void an_engineer_solves_the_escalation_from_the_ticket_view_and_the_owner_sees_the_solution_on_their_task() {
    OpenedTicket ticket = openTicket(newCustomer("Sigrid Security"), "Someone changed our admin password");
    String owner = agent("security.owner", "Siri Owner");
    loginAs(owner, Role.AGENT);
    answerFirstResponse(ticket);
    staff.createIfAbsent("ui.engineer", "Eira Engineer", "staff-password-1", List.of(Role.AGENT), List.of("l3-engineering"));
    escalations.request(ticket.number(), EscalationReason.ACCOUNT_SECURITY, "Unknown login from abroad last night");
    InboxTask tierTask =
        eventually()
            .until(
                () -> inbox.openTasksOf(ticket.id()).stream()
                    .filter(t -> t.elementId().equals(EscalationProcess.Elements.WORK_ESCALATION))
                    .findFirst()
                    .orElse(null),
                java.util.Objects::nonNull);
    // L3 routes to its least-loaded engineer; whoever got it works it
    String engineer = tierTask.assignee() == null ? "ui.engineer" : tierTask.assignee();

    loginAs(engineer, Role.AGENT);
    navigate("tickets/" + ticket.number());
    _click(_get(Button.class, spec -> spec.withId("tier-solve")));
    _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "Sessions revoked, 2FA enforced; the login came from a leaked password");
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    expectNotifications("Solved: the owner tells the customer");
    eventually()
        .until(() -> escalations.historyOf(ticket.id()).getFirst().state() == EscalationState.RESOLVED);
    loginAs(owner, Role.AGENT);
    navigate("tickets/" + ticket.number());
    assertThat(textOf("escalation-outcome"))
        .isEqualTo("L3 engineering solved: Sessions revoked, 2FA enforced; the login came from a leaked password");
  }

  private void answerFirstResponse(OpenedTicket ticket) {
    InboxTask first =
        eventually()
            .until(() -> inbox.openTasksOf(ticket.id()).stream().findFirst().orElse(null), t -> t != null && t.isFirstResponse());
    inbox.complete(first.jobKey(), new AgentResponse(AgentAction.REPLY, "We are on it."));
    eventually().until(() -> inbox.openTasksOf(ticket.id()).stream().anyMatch(t -> !t.isFirstResponse()));
  }
}
