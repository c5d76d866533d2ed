package no.mediaweb.supportflow.ui.intake;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewTicketViewTest extends KaribuViewTest {

  private TextField email;
  private TextField subject;
  private TextArea description;

  @BeforeEach
  void openTheForm() {
    navigate("new-ticket");
    email = _get(TextField.class, spec -> spec.withId("account-email"));
    subject = _get(TextField.class, spec -> spec.withId("subject"));
    description = _get(TextArea.class, spec -> spec.withId("description"));
  }

  @Test
  void the_description_starts_with_the_structure_agents_need() {
    assertThat(description.getValue())
        .containsSubsequence("Summary:", "Steps to reproduce:", "Expected:", "Actual:", "What I tried:", "Impact:");
    @SuppressWarnings("unchecked")
    Select<Priority> priority = _get(Select.class, spec -> spec.withId("priority"));
    assertThat(priority.getItemLabelGenerator().apply(Priority.CRITICAL)).isEqualTo(Priority.CRITICAL.label());
  }

  @Test
  void an_unknown_account_is_shown_on_the_email_field_and_no_ticket_is_written() {
    int before = ticketCount();
    _setValue(email, "nobody-" + System.nanoTime() + "@example.com");
    _setValue(subject, "Contact form not sending e-mails since update");
    _setValue(description, "Summary: no e-mails arrive from the contact form.");

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    _expectInvalid(email, "No Mediaweb support plan is registered for " + email.getValue() + ". Use the e-mail address of your Mediaweb account.");
    _assertNone(Span.class, spec -> spec.withId("ticket-number"));
    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void a_malformed_email_an_empty_subject_and_an_unfilled_description_are_field_errors_and_no_ticket_is_written() {
    int before = ticketCount();
    _setValue(email, "kari at example.com");
    _setValue(subject, "");

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    _expectInvalid(email, "Enter a valid e-mail address");
    _expectInvalid(subject, "Enter a subject");
    _expectInvalid(description, NewTicketView.UNFILLED_DESCRIPTION);
    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void a_vague_subject_gets_a_hint_that_does_not_stop_the_ticket() {
    Customer customer = newCustomer("Vera Vague");
    _setValue(subject, "Help!");
    assertThat(subject.getHelperText()).isEqualTo(SubjectHints.VAGUE_HINT);
    _setValue(subject, "Contact form not sending e-mails since update");
    assertThat(subject.getHelperText()).isEqualTo(SubjectHints.DEFAULT_HELP);
    _setValue(subject, "Website broken");
    assertThat(subject.getHelperText()).isEqualTo(SubjectHints.VAGUE_HINT);

    int before = ticketCount();
    _setValue(email, customer.accountEmail().toUpperCase());
    _setValue(description, "Summary: the front page shows an error 500.");
    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    assertThat(ticketCount()).isEqualTo(before + 1);
    _expectValid(subject);
  }

  @Test
  void a_new_ticket_shows_its_number_the_customers_link_and_when_we_answer() {
    Customer customer = newCustomer("Siri Success");
    _setValue(email, customer.accountEmail());
    _setValue(subject, "Newsletter signup form shows an error");
    _setValue(description, "Summary: the signup form says 'Something went wrong'.\nImpact: no new subscribers.");

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    String number = textOf("ticket-number");
    assertThat(number).matches("MW-\\d{6}");
    assertThat(_get(Anchor.class, spec -> spec.withId("customer-link")).getHref())
        .startsWith("http://localhost:8080/my-ticket/" + number + "/");
    assertThat(jdbc.sql("SELECT subject FROM ticket WHERE number = :n").param("n", number).query(String.class).single())
        .isEqualTo("Newsletter signup form shows an error");
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(textOf("first-response-promise")).startsWith("You will hear from us by ");
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_category_the_customer_chooses_is_stored_with_the_ticket() {
    Customer customer = newCustomer("Cato Category");
    Select<Category> category = _get(Select.class, spec -> spec.withId("category"));
    assertThat(category.getValue()).isEqualTo(Category.OTHER);
    assertThat(category.getItemLabelGenerator().apply(Category.PERFORMANCE)).isEqualTo("My site is slow");
    _setValue(email, customer.accountEmail());
    _setValue(subject, "Front page takes ten seconds to load");
    _setValue(category, Category.PERFORMANCE);
    _setValue(description, "Summary: the front page loads slowly since Monday.\nImpact: visitors leave.");

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    String number = textOf("ticket-number");
    assertThat(jdbc.sql("SELECT category FROM ticket WHERE number = :n").param("n", number).query(String.class).single())
        .isEqualTo("PERFORMANCE");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_cleared_category_is_a_field_error_and_no_ticket_is_written() {
    Customer customer = newCustomer("Cilje Cleared");
    Select<Category> category = _get(Select.class, spec -> spec.withId("category"));
    _setValue(email, customer.accountEmail());
    _setValue(subject, "Front page takes ten seconds to load");
    _setValue(description, "Summary: the front page loads slowly since Monday.");
    _setValue(category, null);
    int before = ticketCount();

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    _expectInvalid(category, "Choose what the problem is about");
    assertThat(ticketCount()).isEqualTo(before);
  }
}
