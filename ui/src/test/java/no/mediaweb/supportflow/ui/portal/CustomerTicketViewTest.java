package no.mediaweb.supportflow.ui.portal;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import no.mediaweb.supportflow.attachment.AttachmentUploads;
import no.mediaweb.supportflow.attachment.StoredFile;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.DeviceType;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TechnicalDetails;
import no.mediaweb.supportflow.ui.components.AttachmentPicker;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerTicketViewTest extends KaribuViewTest {

  @Autowired CustomerLinks links;
  @Autowired AttachmentUploads uploads;
  @Autowired InboxService inbox;

  @Test
  void the_customer_sees_their_ticket_the_conversation_and_the_first_response_promise() {
    OpenedTicket ticket = openTicket(newCustomer("Pia Portal"), "Footer links point to the staging site");

    navigate(pathOf(ticket));

    assertThat(textOf("portal-title")).isEqualTo(ticket.number() + " · Footer links point to the staging site");
    assertThat(textOf("portal-status-badge")).isIn("New", "Open");
    assertThat(texts(_get(Div.class, spec -> spec.withId("conversation")), Div.class, "sf-message-body"))
        .singleElement()
        .asString()
        .startsWith("Summary: the contact form");
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("portal-explanation")).startsWith("We have received your ticket. You will hear from us by ");
            });
    _assertNone(Button.class, spec -> spec.withId("confirm-resolution"));
  }

  @Test
  void a_link_with_a_wrong_token_shows_the_invalid_link_message_like_a_ticket_that_does_not_exist() {
    OpenedTicket ticket = openTicket(newCustomer("Wanda Wrong"), "Wrong token should reveal nothing");
    String token = links.tokenFor(ticket.number());
    String wrongToken = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

    navigate("my-ticket/" + ticket.number() + "/" + wrongToken);
    String wrongTokenPage = textOf("invalid-link");

    assertThat(wrongTokenPage).contains("This ticket link is not valid.");
    assertThat(wrongTokenPage).doesNotContain(ticket.number(), "Wrong token should reveal nothing");
    _assertNone(Div.class, spec -> spec.withId("conversation"));

    // A correctly signed link to a ticket that does not exist reads the same.
    navigate("my-ticket/MW-999999/" + links.tokenFor("MW-999999"));
    assertThat(textOf("invalid-link")).isEqualTo(wrongTokenPage);
  }

  @Test
  void an_empty_reply_is_refused_on_the_form_and_nothing_is_written() {
    OpenedTicket ticket = openTicket(newCustomer("Erna Empty"), "Empty replies must not be stored");
    navigate(pathOf(ticket));

    _setValue(_get(TextArea.class, spec -> spec.withId("customer-reply")), "   ");
    _click(_get(Button.class, spec -> spec.withId("send-reply")));

    _expectInvalid(_get(TextArea.class, spec -> spec.withId("customer-reply")), "Write your message before sending");
    assertThat(messageCount(ticket.number())).isEqualTo(1);
  }

  @Test
  void a_reply_is_added_once_to_the_conversation() {
    OpenedTicket ticket = openTicket(newCustomer("Rune Reply"), "Adding details while waiting");
    navigate(pathOf(ticket));

    _setValue(_get(TextArea.class, spec -> spec.withId("customer-reply")), "It also happens in Firefox.");
    _click(_get(Button.class, spec -> spec.withId("send-reply")));

    assertThat(messageCount(ticket.number())).isEqualTo(2);
    assertThat(texts(_get(Div.class, spec -> spec.withId("conversation")), Div.class, "sf-message-body"))
        .last()
        .isEqualTo("It also happens in Firefox.");
    assertThat(_get(TextArea.class, spec -> spec.withId("customer-reply")).getValue()).isEmpty();
  }

  @Test
  void the_technical_details_and_the_attachments_of_the_description_are_shown_with_download_links() {
    Customer customer = newCustomer("Tor Technical");
    StoredFile screenshot = uploads.store("checkout-error.png", new ByteArrayInputStream(PNG));
    OpenedTicket ticket =
        intake.open(
            new NewTicket(customer.accountEmail(), "Checkout fails with error 500", "Summary: checkout fails.", Priority.HIGH)
                .withTechnicalDetails(
                    new TechnicalDetails("Windows 11", "Firefox 133", DeviceType.DESKTOP, null, "Since 08:40", null, "HTTP 500")),
            Channel.WEB,
            List.of(screenshot));

    navigate(pathOf(ticket));

    assertThat(textOf("technical-details")).contains("Windows 11", "Firefox 133", "Desktop computer", "Since 08:40", "HTTP 500");
    Div conversation = _get(Div.class, spec -> spec.withId("conversation"));
    Anchor link = _get(conversation, Anchor.class, spec -> spec.withClasses("sf-attachment-link"));
    assertThat(link.getText()).isEqualTo("checkout-error.png");
    assertThat(link.getHref()).startsWith("VAADIN/dynamic/resource/");
  }

  @Test
  void a_reply_carries_its_attachments_to_the_conversation() {
    OpenedTicket ticket = openTicket(newCustomer("Ada Attach"), "Footer shows the wrong year");
    navigate(pathOf(ticket));

    _get(AttachmentPicker.class).receive("console.log", new ByteArrayInputStream("Uncaught ReferenceError: year".getBytes()));
    _setValue(_get(TextArea.class, spec -> spec.withId("customer-reply")), "The console log is attached.");
    _click(_get(Button.class, spec -> spec.withId("send-reply")));

    assertThat(jdbc.sql("SELECT a.original_name FROM attachment a JOIN ticket_message m ON m.id = a.message_id"
                + " WHERE m.body = 'The console log is attached.' AND a.ticket_id = :id")
            .param("id", ticket.id()).query(String.class).list())
        .containsExactly("console.log");
    assertThat(texts(_get(Div.class, spec -> spec.withId("conversation")), Anchor.class, "sf-attachment-link"))
        .containsExactly("console.log");
    assertThat(_get(AttachmentPicker.class).files()).isEmpty();
  }

  @Test
  void a_tampered_link_shows_the_invalid_link_page_and_a_reply_through_it_changes_nothing() {
    OpenedTicket ticket = openTicket(newCustomer("Tim Tamper"), "Tampered links must change nothing");
    String token = links.tokenFor(ticket.number());
    navigate("my-ticket/" + ticket.number() + "/" + token.substring(0, token.length() - 2) + "xx");

    assertThat(textOf("invalid-link")).contains("This ticket link is not valid.");
    _assertNone(TextArea.class, spec -> spec.withId("customer-reply"));
    assertThat(messageCount(ticket.number())).isEqualTo(1);
  }

  @Test
  void this_did_not_solve_it_needs_a_message_then_reopens_the_resolved_ticket_with_a_next_reply_promise() {
    OpenedTicket ticket = openTicket(newCustomer("Rita Reopen"), "Images still broken after the fix");
    String agent = agent("portal-agent", "Paula Agent");
    loginAs(agent, Role.AGENT);
    InboxTask first = eventually().until(() -> inbox.openTasksOf(ticket.id()), tasks -> !tasks.isEmpty()).getFirst();
    inbox.complete(first.jobKey(), new AgentResponse(AgentAction.PROPOSE_RESOLUTION, "We cleared the image cache."));
    eventually().until(() -> status(ticket), "RESOLVED"::equals);
    awaitWorkflowListensForCustomerReply(ticket.number());
    logout();

    navigate(pathOf(ticket));
    assertThat(textOf("portal-status-badge")).isEqualTo("Resolved");
    _click(_get(Button.class, spec -> spec.withId("reopen-ticket")));
    _expectInvalid(_get(TextArea.class, spec -> spec.withId("customer-reply")), CustomerTicketView.EMPTY_REOPEN);
    assertThat(messageCount(ticket.number())).isEqualTo(2);

    _setValue(_get(TextArea.class, spec -> spec.withId("customer-reply")), "The gallery images are still broken.");
    _click(_get(Button.class, spec -> spec.withId("reopen-ticket")));

    eventually().until(() -> status(ticket), status -> !status.equals("RESOLVED"));
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("portal-explanation")).startsWith("We are working on your ticket. You will hear from us by ");
            });
    _assertNone(Button.class, spec -> spec.withId("reopen-ticket"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_event WHERE ticket_id = :id AND type = 'REOPENED'")
            .param("id", ticket.id()).query(Integer.class).single())
        .isEqualTo(1);
  }

  private String status(OpenedTicket ticket) {
    return jdbc.sql("SELECT status FROM ticket WHERE id = :id").param("id", ticket.id()).query(String.class).single();
  }

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  private static String pathOf(OpenedTicket ticket) {
    return URI.create(ticket.customerLink()).getPath().substring(1);
  }
}
