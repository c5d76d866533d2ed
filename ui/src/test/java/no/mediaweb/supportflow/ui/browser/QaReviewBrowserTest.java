package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A QA reviewer scores a sampled ticket in a real browser (Debian's Chromium, headless): opens it
 * from the QA queue, scores every criterion and submits. Skipped, loudly, where Chromium or its
 * driver is missing. Screenshots land in {@code target/screenshots}.
 */
@BrowserTest(width = 1600)
class QaReviewBrowserTest {

  private static final String PASSWORD = "browser-qa-password";

  Browser browser;

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired StaffDirectory staff;
  @Autowired TicketIntakeService intake;
  @Autowired CamundaClient client;
  @Autowired JdbcClient jdbc;

  @Test
  void a_qa_reviewer_scores_a_sampled_ticket_and_sees_the_result() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String reviewer = "browser.qa." + suffix;
    staff.createIfAbsent(reviewer, "Quinn Browser", PASSWORD, List.of(Role.QA), List.of(QaSamplingProcess.GROUP_QA_REVIEWERS));
    OpenedTicket ticket = sampledTicket("browser.agent." + suffix, "Newsletter sign-ups vanish " + suffix);

    browser.open(port, "/login");
    browser.type(browser.waitFor("vaadin-login-form input[name='username']"), reviewer);
    WebElement password = browser.waitFor("vaadin-login-form input[name='password']");
    browser.type(password, PASSWORD);
    password.sendKeys(Keys.ENTER);
    browser.waitForText("#current-user", "Quinn");
    browser.open(port, "/qa");
    browser.waitUntilGridShows("qa-tasks", ticket.number(), true);
    browser.screenshot("qa-review-1-queue");
    browser.clickRowButton("qa-tasks", ticket.number(), "Review");

    browser.waitForText("#qa-ticket-facts", "handled by");
    choose("score-response-time", "3");
    choose("score-resolution-quality", "4");
    choose("score-communication", "2");
    choose("score-accuracy", "Pass");
    choose("score-process-adherence", "Pass");
    browser.typeInto("#comment-communication input", "The second reply was curt");
    browser.screenshot("qa-review-2-scored");
    centred("#qa-submit").click();

    assertThat(browser.waitForText("#qa-outcome", "PASSED")).contains("86.25 %");
    browser.screenshot("qa-review-3-result");
    assertThat(jdbc.sql(
                """
                SELECT s.comment FROM qa_review_score s JOIN qa_review r ON r.id = s.review_id
                  JOIN scorecard_criterion c ON c.id = s.criterion_id JOIN ticket t ON t.id = r.ticket_id
                WHERE t.number = :n AND c.code = 'communication'
                """)
            .param("n", ticket.number())
            .query(String.class)
            .single())
        .isEqualTo("The second reply was curt");
  }

  /** Opens the select and clicks the item with {@code label} in its overlay (not the copy showing a value). */
  private void choose(String selectId, String label) {
    centred("#" + selectId).click();
    WebElement item = browser.waiting()
        .until(d -> d.findElements(By.cssSelector("vaadin-select-item:not([id^='value-'])")).stream()
            .filter(e -> e.isDisplayed() && e.getText().trim().equals(label))
            .findFirst()
            .orElse(null));
    item.click();
    browser.waitUntilGone("vaadin-select-overlay[opened]");
  }

  /** Scrolls the element to the middle of the window, clear of the development-mode notice in the corner. */
  private WebElement centred(String css) {
    WebElement element = browser.waitFor(css);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  /** A closed ticket of {@code agent}, drawn into a sample as the weekly draw does. */
  private OpenedTicket sampledTicket(String agent, String subject) {
    Customer customer = customers.save(new Customer(
        null, "qa-browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Birk Browser",
        "Fjell Design AS", Plan.PRO, "Europe/Oslo", "en", Instant.now()));
    OpenedTicket ticket = intake.open(
        new NewTicket(customer.accountEmail(), subject, "Summary: sign-ups from the footer form never arrive.", Priority.NORMAL),
        Channel.WEB);
    jdbc.sql("UPDATE ticket SET status = 'CLOSED', assignee = :a, closed_at = :now WHERE id = :id")
        .param("a", agent)
        .param("now", Timestamp.from(Instant.now()))
        .param("id", ticket.id())
        .update();
    client.newCreateInstanceCommand()
        .bpmnProcessId(QaSamplingProcess.PROCESS_ID)
        .latestVersion()
        .variables(Map.of(QaSamplingProcess.Variables.SAMPLED_TICKET_IDS, List.of(ticket.id())))
        .startBeforeElement(QaSamplingProcess.Elements.REVIEW_TICKET)
        .send()
        .join();
    return ticket;
  }
}
