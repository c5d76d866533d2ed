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
import java.io.ByteArrayInputStream;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.ConnectionType;
import no.mediaweb.supportflow.ticket.DeviceType;
import no.mediaweb.supportflow.ui.components.AttachmentPicker;
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
    assertThat(priority.getItemLabelGenerator().apply(Priority.HIGH)).startsWith("Urgent");
    assertThat(priority.getItemLabelGenerator().apply(Priority.CRITICAL)).startsWith("Critical").endsWith("(Pro and Enterprise)");
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
    assertThat(subject.getHelperText()).isEqualTo(SubjectHints.VAGUE_PREFIX + "“Cannot publish site – error 500 when saving”");
    _setValue(_get(Select.class, spec -> spec.withId("category")), Category.PAYMENT_FAILURE);
    assertThat(subject.getHelperText())
        .isEqualTo(SubjectHints.VAGUE_PREFIX + "“Checkout fails with “card declined” for all Visa cards since 08:40”");
    _setValue(subject, "Contact form not sending e-mails since update");
    assertThat(subject.getHelperText()).isEqualTo(SubjectHints.DEFAULT_HELP);
    _setValue(subject, "Website broken");
    assertThat(subject.getHelperText()).startsWith(SubjectHints.VAGUE_PREFIX);

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

  @Test
  void technical_details_and_attachments_are_stored_with_the_ticket() {
    Customer customer = newCustomer("Tea Technical");
    _setValue(email, customer.accountEmail());
    _setValue(subject, "Cannot publish site - error 500 when saving");
    _setValue(description, "Summary: publishing fails.\nImpact: the campaign page cannot go live.");
    _setValue(_get(TextField.class, spec -> spec.withId("operating-system")), "macOS 15.1");
    _setValue(_get(TextField.class, spec -> spec.withId("browser")), "Safari 18");
    _setValue(_get(Select.class, spec -> spec.withId("device-type")), DeviceType.LAPTOP);
    _setValue(_get(Select.class, spec -> spec.withId("connection-type")), ConnectionType.WIFI);
    _setValue(_get(TextField.class, spec -> spec.withId("problem-started")), "Today around 08:40");
    _setValue(_get(TextArea.class, spec -> spec.withId("trying-to-do")), "Publish the campaign page");
    _setValue(_get(TextArea.class, spec -> spec.withId("error-messages")), "Error 500: Internal Server Error");
    AttachmentPicker picker = _get(NewTicketView.class).attachments();
    picker.receive("error.png", new ByteArrayInputStream(PNG));
    picker.receive("setup.exe", new ByteArrayInputStream(PNG));

    assertThat(textOf("attachments-files")).contains("error.png").doesNotContain("setup.exe");
    assertThat(textOf("attachments-errors")).contains("“setup.exe” cannot be attached");

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    String number = textOf("ticket-number");
    long ticketId = jdbc.sql("SELECT id FROM ticket WHERE number = :n").param("n", number).query(Long.class).single();
    assertThat(jdbc.sql("SELECT CONCAT_WS('|', operating_system, browser, device_type, connection_type, problem_started,"
                + " trying_to_do, error_messages) FROM ticket_technical_details WHERE ticket_id = :id")
            .param("id", ticketId).query(String.class).single())
        .isEqualTo("macOS 15.1|Safari 18|LAPTOP|WIFI|Today around 08:40|Publish the campaign page|Error 500: Internal Server Error");
    assertThat(jdbc.sql("SELECT original_name FROM attachment WHERE ticket_id = :id").param("id", ticketId).query(String.class).list())
        .containsExactly("error.png");
  }

  @Test
  void a_starter_customers_critical_ticket_is_filed_as_urgent_and_the_confirmation_says_so() {
    Customer customer = customers.save(new Customer(null, "starter-" + System.nanoTime() + "@example.com", "Stina Starter",
        null, Plan.STARTER, "Europe/Oslo", "en", java.time.Instant.now()));
    _setValue(email, customer.accountEmail());
    _setValue(subject, "Whole site shows 503 since 08:40");
    _setValue(_get(Select.class, spec -> spec.withId("priority")), Priority.CRITICAL);
    _setValue(description, "Summary: the site is down.");

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    assertThat(textOf("priority-notice")).contains("Critical priority is for Pro and Enterprise");
    assertThat(jdbc.sql("SELECT priority FROM ticket WHERE number = :n").param("n", textOf("ticket-number")).query(String.class).single())
        .isEqualTo("HIGH");
  }

  @Test
  void files_of_a_form_refused_for_an_unknown_account_are_deleted_and_the_customer_is_told_to_attach_again() {
    _setValue(email, "nobody-" + System.nanoTime() + "@example.com");
    _setValue(subject, "Contact form not sending e-mails since update");
    _setValue(description, "Summary: no e-mails arrive.");
    AttachmentPicker picker = _get(NewTicketView.class).attachments();
    picker.receive("console.log", new ByteArrayInputStream("Uncaught TypeError".getBytes()));
    String key = picker.files().getFirst().storageKey();
    assertThat(stored(key)).isTrue();

    _click(_get(Button.class, spec -> spec.withId("submit-ticket")));

    assertThat(stored(key)).isFalse();
    assertThat(picker.files()).isEmpty();
    assertThat(textOf("attachments-errors")).contains("Attach them again");
  }

  private boolean stored(String key) {
    return java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "attachments", key));
  }

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
}
