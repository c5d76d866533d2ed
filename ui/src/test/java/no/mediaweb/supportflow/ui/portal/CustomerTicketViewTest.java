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
import java.net.URI;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerTicketViewTest extends KaribuViewTest {

  @Autowired CustomerLinks links;

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

  private static String pathOf(OpenedTicket ticket) {
    return URI.create(ticket.customerLink()).getPath().substring(1);
  }
}
