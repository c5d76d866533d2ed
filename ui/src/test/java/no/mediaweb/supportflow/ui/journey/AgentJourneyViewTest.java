package no.mediaweb.supportflow.ui.journey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v23.TabsKt._select;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.components.ConversationList;
import no.mediaweb.supportflow.ui.portal.CustomerTicketView;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a ticket through the views, with the real workflow running: the public form,
 * the agent's queue and inbox, the ticket view's actions and the customer's page.
 */
class AgentJourneyViewTest extends KaribuViewTest {

  private static final String DESCRIPTION =
      "Summary: the contact form shows 'sent' but no e-mail arrives.\nImpact: we lose customer enquiries.";
  private static final String RESOLUTION =
      "Version 6.7.1 changed the mailer. We have updated the SMTP settings; please try the form again.";

  @Test
  @SuppressWarnings("unchecked")
  void a_ticket_goes_from_the_public_form_through_the_agent_and_the_customer_to_closed() {
    Customer customer = newCustomer("Journey Customer");
    String agent = agent("journey.agent", "Jonas Journey");

    // The customer opens a ticket on the public form.
    navigate("new-ticket");
    _setValue(_get(TextField.class, spec -> spec.withId("account-email")), customer.accountEmail());
    _setValue(_get(TextField.class, spec -> spec.withId("subject")), "Contact form not sending e-mails since update");
    _setValue((Select<Priority>) _get(Select.class, spec -> spec.withId("priority")), Priority.HIGH);
    _setValue(_get(TextArea.class, spec -> spec.withId("description")), DESCRIPTION);
    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));
    String number = textOf("ticket-number");
    assertThat(number).matches("MW-\\d{6}");
    String customerPage = URI.create(_get(Anchor.class, spec -> spec.withId("customer-link")).getHref()).getPath().substring(1);
    assertThat(customerPage).startsWith("my-ticket/" + number + "/");

    // The agent sees it arrive in the queue of their group, and claims it.
    loginAs(agent, Role.AGENT);
    navigate("inbox");
    _select(_get(Tab.class, spec -> spec.withId("tab-queue")));
    Grid<InboxTask> inbox = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(rows(inbox)).extracting(InboxTask::ticketNumber).contains(number);
            });
    int queued = rowIndex(inbox, task -> task.ticketNumber().equals(number));
    assertThat(rows(inbox).get(queued).name()).isEqualTo("Send first response");
    assertThat(rows(inbox).get(queued).customerName()).isEqualTo("Journey Customer");
    _click(buttonInCell(inbox, queued, "actions", "Claim"));
    assertThat(rows(inbox)).extracting(InboxTask::ticketNumber).doesNotContain(number);

    _select(_get(Tab.class, spec -> spec.withId("tab-mine")));
    int mine = rowIndex(inbox, task -> task.ticketNumber().equals(number));
    assertThat(rows(inbox).get(mine).assignee()).isEqualTo(agent);
    _click(buttonInCell(inbox, mine, "actions", "Open"));
    assertThat(getCurrentView()).isEqualTo(TicketView.class);
    assertThat(textOf("ticket-title")).isEqualTo(number + " · Contact form not sending e-mails since update");

    // The agent asks the customer for information.
    clearNotifications();
    _setValue(_get(TextArea.class, spec -> spec.withId("agent-message")), "Which WordPress version runs your site?");
    _click(_get(Button.class, spec -> spec.withId("request-info")));
    expectNotifications("Information requested: the ticket waits for the customer's reply");
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("ticket-status")).isEqualTo("Waiting on customer");
            });
    assertThat(conversationText()).contains("Which WordPress version runs your site?");
    awaitWorkflowListensForCustomerReply(number);

    // The customer answers on their page.
    logout();
    navigate(customerPage);
    assertThat(getCurrentView()).isEqualTo(CustomerTicketView.class);
    assertThat(textOf("portal-status-badge")).isEqualTo("Waiting on customer");
    assertThat(conversationText()).contains("Which WordPress version runs your site?");
    _setValue(_get(TextArea.class, spec -> spec.withId("customer-reply")), "We run WordPress 6.7.1.");
    _click(_get(Button.class, spec -> spec.withId("send-reply")));
    assertThat(conversationText()).contains("We run WordPress 6.7.1.");

    // The ticket comes back to the agent's own tasks.
    loginAs(agent, Role.AGENT);
    navigate("inbox");
    Grid<InboxTask> myTasks = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(rows(myTasks))
                  .filteredOn(task -> task.ticketNumber().equals(number))
                  .extracting(InboxTask::name)
                  .containsExactly("Work on ticket");
            });
    _click(buttonInCell(myTasks, rowIndex(myTasks, task -> task.ticketNumber().equals(number)), "actions", "Open"));

    // The agent proposes a resolution.
    _setValue(_get(TextArea.class, spec -> spec.withId("agent-message")), RESOLUTION);
    _click(_get(Button.class, spec -> spec.withId("propose-resolution")));
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("ticket-status")).isEqualTo("Resolved");
            });
    _assertNone(Div.class, spec -> spec.withId("agent-actions"));

    // The customer confirms the resolution, and the ticket closes.
    logout();
    navigate(customerPage);
    eventually()
        .untilAsserted(
            () -> {
              poll();
              _assertOne(Button.class, spec -> spec.withId("confirm-resolution"));
            });
    _click(_get(Button.class, spec -> spec.withId("confirm-resolution")));
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("portal-status-badge")).isEqualTo("Closed");
            });
    assertThat(_get(TextArea.class, spec -> spec.withId("customer-reply")).isEnabled()).isFalse();
    assertThat(_get(Button.class, spec -> spec.withId("send-reply")).isEnabled()).isFalse();

    // The timeline shows every step, in order.
    loginAs(agent, Role.AGENT);
    navigate("tickets/" + number);
    assertThat(textOf("ticket-status")).isEqualTo("Closed");
    assertThat(spanTexts(_get(Div.class, spec -> spec.withId("timeline")), "sf-timeline-label"))
        .containsSubsequence(
            "Ticket received",
            "SLA targets set",
            "First response sent",
            "Information requested",
            "Customer replied",
            "Resolution proposed",
            "Resolved",
            "Customer confirmed the resolution",
            "Closed");
    assertThat(texts(_get(ConversationList.class), Div.class, "sf-message-body"))
        .containsExactly(
            DESCRIPTION,
            "Which WordPress version runs your site?",
            "We run WordPress 6.7.1.",
            RESOLUTION);
  }

  private static String conversationText() {
    return _get(ConversationList.class).getElement().getTextRecursively();
  }
}
