package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.mediaweb.supportflow.SupportflowApplication;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.survey.SurveyLifecycle;
import no.mediaweb.supportflow.survey.SurveyLinks;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A customer answers the satisfaction survey in a real browser (Debian's Chromium, headless) from
 * the link the invitation carries, then opens the used link again. Screenshots land in
 * {@code target/screenshots}. Skipped, loudly, where Chromium or its driver is missing.
 */
@ExtendWith(RequiresChromium.class)
@SpringBootTest(classes = SupportflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
@TestPropertySource(
    properties = {
      "supportflow.links.secret=ui-test-secret-0123456789abcdef0123",
      "supportflow.links.base-url=http://localhost:8080",
    })
class SurveyBrowserTest {

  private static Browser browser;

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired TicketIntakeService intake;
  @Autowired SurveyLifecycle surveys;
  @Autowired SurveyLinks links;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() throws IOException {
    if (Browser.installed()) {
      browser = Browser.start(1280);
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void a_customer_answers_the_survey_from_the_link_and_the_used_link_says_already_answered() throws IOException {
    try {
      journey();
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("survey-failure");
      throw e;
    }
  }

  private void journey() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Customer customer =
        customers.save(
            new Customer(
                null, "survey-" + suffix + "@example.com", "Sara Survey", "Fjord Kaffe AS", Plan.STARTER, "Europe/Oslo", "en",
                Instant.now()));
    OpenedTicket ticket =
        intake.open(
            new NewTicket(customer.accountEmail(), "Order confirmation e-mails arrive late " + suffix, "Summary: they take an hour.",
                Priority.NORMAL),
            Channel.WEB);
    jdbc.sql("UPDATE ticket SET status = 'RESOLVED' WHERE id = :id").param("id", ticket.id()).update();
    long surveyId = surveys.register(ticket.id(), ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50)).orElseThrow().surveyId();
    Instant expiresAt = ((SurveyLifecycle.Sending.Sent) surveys.send(surveyId, Duration.ofDays(7))).expiresAt();
    String path = URI.create(links.linkFor(surveyId, expiresAt)).getPath();

    browser.open(port, path);
    assertThat(browser.waitForText("#survey-ticket", ticket.number())).contains("Order confirmation e-mails arrive late");
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
