package no.mediaweb.supportflow.ui.ticket;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.TicketQueries;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TicketViewTest extends KaribuViewTest {

  @Autowired InboxService inbox;
  @Autowired TicketQueries queries;
  @Autowired CustomerLinks links;

  @Test
  void the_header_shows_the_customer_the_sla_targets_and_the_customers_link() {
    Customer customer = newCustomer("Hedda Header");
    OpenedTicket ticket = openTicket(customer, "Search results ignore Norwegian letters");
    loginAs(staffMember("header.manager", Role.MANAGER), Role.MANAGER);

    navigate("tickets/" + ticket.number());
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("first-response-due")).startsWith("due ");
            });

    assertThat(textOf("ticket-title")).isEqualTo(ticket.number() + " · Search results ignore Norwegian letters");
    assertThat(textOf("ticket-customer"))
        .contains("Hedda Header", customer.accountEmail(), "Nordlys Bakeri AS", "time zone Europe/Oslo");
    assertThat(textOf("first-response-sla")).isEqualTo("On track");
    assertThat(textOf("resolution-sla")).isEqualTo("On track");
    assertThat(textOf("first-response-due")).matches("due \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} \\S+ \\(in .+\\)");
    assertThat(_get(TextField.class, spec -> spec.withId("customer-link")).getValue()).isEqualTo(ticket.customerLink());
    assertThat(spanTexts(_get(Div.class, spec -> spec.withId("timeline")), "sf-timeline-label"))
        .startsWith("Ticket received", "SLA targets set");
    assertThat(texts(_get(Div.class, spec -> spec.withId("conversation")), Div.class, "sf-message-customer")).hasSize(1);
    _assertNone(Div.class, spec -> spec.withId("agent-actions"));
  }

  @Test
  void an_empty_message_is_refused_on_the_form_and_nothing_is_written() {
    OpenedTicket ticket = openTicket(newCustomer("Emil Empty"), "Cookie banner covers the menu on mobile");
    loginAs(agent("empty.agent", "Erik Empty"), Role.AGENT);
    navigate("tickets/" + ticket.number());
    awaitActionPanel();

    _click(_get(Button.class, spec -> spec.withId("reply")));

    _expectInvalid(_get(TextArea.class, spec -> spec.withId("agent-message")), "Write a message to the customer first");
    assertThat(messageCount(ticket.number())).isEqualTo(1);
    assertThat(queries.details(ticket.number()).ticket().firstRespondedAt()).isNull();
    assertThat(inbox.openTasksOf(ticket.id())).extracting(InboxTask::name).containsExactly("Send first response");
  }

  @Test
  void claiming_from_the_ticket_view_gives_the_agent_the_task() {
    OpenedTicket ticket = openTicket(newCustomer("Clara Claim"), "Opening hours on the front page are wrong");
    String agent = agent("view.claim.agent", "Vera View");
    loginAs(agent, Role.AGENT);
    navigate("tickets/" + ticket.number());
    awaitActionPanel();

    _click(_get(Button.class, spec -> spec.withId("claim")));

    assertThat(inbox.openTasksOf(ticket.id())).extracting(InboxTask::assignee).containsExactly(agent);
    assertThat(textOf("agent-actions")).contains("You hold this task.");
    _assertNone(Button.class, spec -> spec.withId("claim"));
    assertThat(textOf("current-step")).isEqualTo("Current step: Send first response — with Vera View");
  }

  @Test
  void an_error_from_the_inbox_is_shown_and_the_agents_text_and_the_ticket_stay_as_they_were() {
    OpenedTicket ticket = openTicket(newCustomer("Rita Race"), "Booking calendar double-books Saturdays");
    String slow = agent("slow.agent", "Sigrid Slow");
    String quick = agent("quick.agent", "Kai Quick");
    loginAs(slow, Role.AGENT);
    navigate("tickets/" + ticket.number());
    awaitActionPanel();
    TextArea message = _get(TextArea.class, spec -> spec.withId("agent-message"));
    _setValue(message, "Thanks, we are looking at the calendar now.");

    // Another agent claims the task while this one is writing.
    loginAs(quick, Role.AGENT);
    inbox.claim(inbox.openTasksOf(ticket.id()).getFirst().jobKey());
    loginAs(slow, Role.AGENT);

    _click(_get(Button.class, spec -> spec.withId("reply")));

    expectNotifications("quick.agent holds this task; ask them or a manager to release it");
    assertThat(message.getValue()).isEqualTo("Thanks, we are looking at the calendar now.");
    assertThat(messageCount(ticket.number())).isEqualTo(1);
    assertThat(queries.details(ticket.number()).ticket().firstRespondedAt()).isNull();
    assertThat(inbox.openTasksOf(ticket.id())).extracting(InboxTask::assignee).containsExactly(quick);
  }

  @Test
  void a_reply_is_added_to_the_conversation_and_the_ticket_stays_with_the_agent() {
    OpenedTicket ticket = openTicket(newCustomer("Rolf Reply"), "Map on contact page shows the old address");
    String agent = agent("reply.agent", "Randi Reply");
    loginAs(agent, Role.AGENT);
    navigate("tickets/" + ticket.number());
    awaitActionPanel();

    _setValue(_get(TextArea.class, spec -> spec.withId("agent-message")), "We have found the old address in the map settings.");
    _click(_get(Button.class, spec -> spec.withId("reply")));

    expectNotifications("Reply sent to the customer");
    assertThat(texts(_get(Div.class, spec -> spec.withId("conversation")), Div.class, "sf-message-agent"))
        .singleElement()
        .asString()
        .contains("Randi Reply", "Reply", "We have found the old address in the map settings.");
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("agent-actions")).contains("Work on ticket", "You hold this task.");
            });
    // Between the two tasks the panel is hidden; once "Work on ticket" is there the sent text is gone.
    assertThat(_get(TextArea.class, spec -> spec.withId("agent-message")).getValue()).isEmpty();
    assertThat(textOf("first-response-sla")).isEqualTo("Met");
  }

  private static void awaitActionPanel() {
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(_get(Div.class, spec -> spec.withId("agent-actions")).isVisible()).isTrue();
            });
  }
}
