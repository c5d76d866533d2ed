package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agent's journey in a real browser (Debian's Chromium, headless) against the application on
 * a random port: the public form, the login, the queue, claiming and the first reply. Screenshots
 * land in {@code target/screenshots}. Skipped, loudly, where Chromium or its driver is missing.
 */
@BrowserTest
class AgentJourneyBrowserTest {

  private static final String PASSWORD = "browser-agent-password";

  Browser browser;

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired StaffDirectory staff;

  @Test
  void an_agent_finds_a_new_ticket_in_the_queue_claims_it_and_answers() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Customer customer =
        customers.save(
            new Customer(
                null, "browser-" + suffix + "@example.com", "Berit Browser", "Fjord Kaffe AS", Plan.PRO, "Europe/Oslo",
                "en", Instant.now()));
    String agent = "browser.agent." + suffix;
    staff.createIfAbsent(agent, "Bjørn Browser", PASSWORD, List.of(Role.AGENT), List.of(SupportTicketProcess.GROUP_L1));
    String subject = "Contact form not sending e-mails since update " + suffix;

    // The customer opens a ticket on the public form.
    browser.open(port, "/new-ticket");
    browser.type(browser.waitFor("#account-email input"), customer.accountEmail());
    browser.type(browser.waitFor("#subject input"), subject);
    WebElement description = browser.waitFor("#description textarea");
    description.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    description.sendKeys("Summary: the contact form says 'sent' but no e-mail arrives.\nImpact: we lose enquiries.");
    browser.screenshot("1-new-ticket-form");
    browser.waitFor("#submit-ticket").click();
    String number = browser.waitForText("#ticket-number", "MW-");
    assertThat(number).matches("MW-\\d{6}");
    browser.waitForText("#first-response-promise", "You will hear from us by");
    browser.screenshot("2-ticket-received");

    // The agent logs in and lands in the inbox; the ticket arrives in the queue.
    browser.open(port, "/login");
    browser.type(browser.waitFor("vaadin-login-form input[name='username']"), agent);
    WebElement password = browser.waitFor("vaadin-login-form input[name='password']");
    browser.type(password, PASSWORD);
    browser.screenshot("3-login");
    password.sendKeys(Keys.ENTER);
    browser.waitFor("#inbox-grid");
    assertThat(browser.waitForText("#current-user", "Bjørn")).isEqualTo("Bjørn Browser");
    browser.waitFor("#tab-queue").click();
    browser.waitUntilGridShows("inbox-grid", number, true);
    browser.screenshot("4-inbox-queue");

    // Claim it from the queue; it moves to My tasks.
    browser.clickRowButton("inbox-grid", number, "Claim");
    browser.waitFor("#tab-mine").click();
    browser.waitUntilGridShows("inbox-grid", number, true);
    browser.screenshot("5-inbox-my-tasks");

    // Open the ticket and send the first reply.
    gridLink(number).click();
    browser.waitForText("#ticket-title", number);
    browser.type(browser.waitFor("#agent-message textarea"), "Thank you, Berit. We are checking the mail settings of your site now.");
    browser.waitFor("#reply").click();
    browser.waitForText("#conversation", "We are checking the mail settings of your site now.");
    browser.waitForText("#first-response-sla", "Met");
    assertThat(browser.driver().findElement(By.cssSelector("#conversation")).getText())
        .contains("Bjørn Browser", "Thank you, Berit. We are checking the mail settings of your site now.");
    browser.screenshot("6-ticket-view-after-reply");

    // The customer sees the answer on their page (the link names the configured base address).
    String customerLink = browser.driver().findElement(By.cssSelector("#customer-link input")).getAttribute("value");
    browser.open(port, URI.create(customerLink).getPath());
    browser.waitForText("#portal-title", number);
    assertThat(browser.waitForText("#conversation", "We are checking the mail settings"))
        .contains("Bjørn Browser", "Thank you, Berit. We are checking the mail settings of your site now.");
    browser.screenshot("7-customer-page");

    // And the ticket is in the staff list.
    browser.open(port, "/tickets");
    browser.waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='tickets-grid']//vaadin-grid-cell-content[starts-with(normalize-space(.), '" + number + "')]")));
    browser.screenshot("8-ticket-list");

    // Log out: back to the login page, and the inbox is closed again.
    browser.waitFor("#logout").click();
    browser.waitFor("vaadin-login-form input[name='username']");
    browser.open(port, "/inbox");
    browser.waitFor("vaadin-login-form input[name='username']");
    assertThat(browser.driver().findElements(By.cssSelector("#inbox-grid"))).isEmpty();
  }

  private WebElement gridLink(String number) {
    return browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(gridLinkXpath(number))));
  }

  private static String gridLinkXpath(String number) {
    return "//*[@id='inbox-grid']//vaadin-grid-cell-content//a[normalize-space(.)='" + number + "']";
  }
}
