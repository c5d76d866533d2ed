package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.survey.SurveyLifecycle;
import no.mediaweb.supportflow.survey.SurveyLinks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer, in a real browser (Debian's Chromium, headless), files a ticket on the public form,
 * gets the acknowledgement mail, adds a detail from the ticket's link, answers the satisfaction
 * survey from the link the invitation carries, then opens the used link again. Screenshots land in
 * {@code target/screenshots}. Skipped, loudly, where Chromium or its driver is missing.
 */
@BrowserTest(width = 1280)
class SurveyBrowserTest {

  Browser browser;

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired SurveyLifecycle surveys;
  @Autowired SurveyLinks links;
  @Autowired JdbcClient jdbc;

  @Test
  void a_customer_files_a_ticket_replies_from_its_link_answers_the_survey_and_the_used_link_says_already_answered() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Customer customer =
        customers.save(
            new Customer(
                null, "survey-" + suffix + "@example.com", "Sara Survey", "Fjord Kaffe AS", Plan.STARTER, "Europe/Oslo", "en",
                Instant.now()));
    String subject = "Order confirmation e-mails arrive late " + suffix;

    // The customer files the ticket on the public form.
    browser.open(port, "/new-ticket");
    browser.type(browser.waitFor("#account-email input"), customer.accountEmail());
    browser.type(browser.waitFor("#subject input"), subject);
    WebElement description = browser.waitFor("#description textarea");
    description.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    description.sendKeys("Summary: order confirmations take an hour to arrive.\nImpact: customers call us.");
    browser.waitFor("#submit-ticket").click();
    String number = browser.waitForText("#ticket-number", "MW-");
    String ticketLink = browser.waitFor("#customer-link").getAttribute("href");
    browser.screenshot("survey-0-ticket-received");
    long ticketId =
        jdbc.sql("SELECT id FROM ticket WHERE number = :number").param("number", number).query(Long.class).single();

    // The acknowledgement goes out over SMTP with the number and the promise.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "SELECT CONCAT(status, ' ', subject, ' ', text_body) FROM outgoing_mail"
                                    + " WHERE mail_key = :key")
                            .param("key", "ticket:" + ticketId + ":acknowledgement")
                            .query(String.class)
                            .optional())
                    .hasValueSatisfying(mail -> assertThat(mail).startsWith("SENT").contains(number)));

    // From the link, the customer adds a detail to the ticket.
    browser.open(port, URI.create(ticketLink).getPath());
    browser.waitForText("#portal-title", number);
    browser.type(browser.waitFor("#customer-reply textarea"), "It also happens with invoices.");
    browser.waitFor("#send-reply").click();
    browser.waitForText("#conversation", "It also happens with invoices.");
    browser.screenshot("survey-0-customer-reply");

    jdbc.sql("UPDATE ticket SET status = 'RESOLVED' WHERE id = :id").param("id", ticketId).update();
    long surveyId = surveys.register(ticketId, ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50)).orElseThrow().surveyId();
    Instant expiresAt = ((SurveyLifecycle.Sending.Sent) surveys.send(surveyId, Duration.ofDays(7))).expiresAt();
    String path = URI.create(links.linkFor(surveyId, expiresAt)).getPath();

    browser.open(port, path);
    assertThat(browser.waitForText("#survey-ticket", number)).contains(subject);
    browser.waitFor("#survey-score");
    browser.driver().findElement(By.xpath("//vaadin-radio-button[contains(., 'Very satisfied')]")).click();
    browser.type(browser.waitFor("#survey-comment textarea"), "Solved the same afternoon");
    browser.screenshot("survey-1-form");
    browser.waitFor("#survey-submit").click();
    assertThat(browser.waitForText("#survey-message-text", "Thank you")).isEqualTo(
        "Thank you! Your answer is recorded. It helps us support you and other customers better.");
    browser.screenshot("survey-2-thanks");
    assertThat(jdbc.sql("SELECT CONCAT(score, ' ', comment, ' ', outcome) FROM survey WHERE id = :id")
            .param("id", surveyId).query(String.class).single())
        .isEqualTo("5 Solved the same afternoon ANSWERED");

    browser.open(port, path);
    assertThat(browser.waitForText("#survey-message-text", "already")).startsWith("You have answered this survey already");
    browser.screenshot("survey-3-used-link");
  }
}
