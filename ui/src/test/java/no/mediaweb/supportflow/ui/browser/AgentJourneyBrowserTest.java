package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.SupportflowApplication;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The agent's journey in a real browser (Debian's Chromium, headless) against the application on
 * a random port: the public form, the login, the queue, claiming and the first reply. Screenshots
 * land in {@code target/screenshots}. Skipped, loudly, where Chromium or its driver is missing.
 */
@ExtendWith(AgentJourneyBrowserTest.RequiresChromium.class)
@SpringBootTest(classes = SupportflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
@TestPropertySource(
    properties = {
      "supportflow.links.secret=ui-test-secret-0123456789abcdef0123",
      "supportflow.links.base-url=http://localhost:8080",
    })
class AgentJourneyBrowserTest {

  /** Debian's packages; overridable with -Dsupportflow.chromium / -Dsupportflow.chromedriver. */
  private static final Path CHROMIUM = Path.of(System.getProperty("supportflow.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("supportflow.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String PASSWORD = "browser-agent-password";

  private static WebDriver driver;

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired StaffDirectory staff;

  /**
   * Skips each test, loudly, where Debian's Chromium or its driver is missing. Runs before the test
   * instance exists, so the application is not started for nothing; a skipped test counts as skipped.
   */
  static final class RequiresChromium implements TestInstancePreConstructCallback {

    private static boolean bannerShown;

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
      if (browserInstalled()) {
        return;
      }
      if (!bannerShown) {
        bannerShown = true;
        System.err.println(
            """

            ##########################################################################
            ##                                                                      ##
            ##   BROWSER TESTS SKIPPED: install chromium chromium-driver            ##
            ##   (apt-get install -y chromium chromium-driver)                      ##
            ##                                                                      ##
            ##########################################################################
            """);
      }
      Assumptions.abort("BROWSER TESTS SKIPPED: install chromium chromium-driver");
    }
  }

  static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!browserInstalled()) {
      return;
    }
    Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1440,1000", "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void an_agent_finds_a_new_ticket_in_the_queue_claims_it_and_answers() throws IOException {
    try {
      journey();
    } catch (RuntimeException | AssertionError e) {
      screenshot("failure");
      throw e;
    }
  }

  private void journey() throws IOException {
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
    open("/new-ticket");
    type(waitFor("#account-email input"), customer.accountEmail());
    type(waitFor("#subject input"), subject);
    WebElement description = waitFor("#description textarea");
    description.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    description.sendKeys("Summary: the contact form says 'sent' but no e-mail arrives.\nImpact: we lose enquiries.");
    screenshot("1-new-ticket-form");
    waitFor("#submit-ticket").click();
    String number = waitForText("#ticket-number", "MW-");
    assertThat(number).matches("MW-\\d{6}");
    waitForText("#first-response-promise", "You will hear from us by");
    screenshot("2-ticket-received");

    // The agent logs in and lands in the inbox; the ticket arrives in the queue.
    open("/login");
    type(waitFor("vaadin-login-form input[name='username']"), agent);
    WebElement password = waitFor("vaadin-login-form input[name='password']");
    type(password, PASSWORD);
    screenshot("3-login");
    password.sendKeys(Keys.ENTER);
    waitFor("#inbox-grid");
    assertThat(waitForText("#current-user", "Bjørn")).isEqualTo("Bjørn Browser");
    waitFor("#tab-queue").click();
    waitUntilGridShows(number);
    screenshot("4-inbox-queue");

    // Claim it from the queue; it moves to My tasks.
    clickRowButton(number, "Claim");
    waitFor("#tab-mine").click();
    waitUntilGridShows(number);
    screenshot("5-inbox-my-tasks");

    // Open the ticket and send the first reply.
    gridLink(number).click();
    waitForText("#ticket-title", number);
    type(waitFor("#agent-message textarea"), "Thank you, Berit. We are checking the mail settings of your site now.");
    waitFor("#reply").click();
    waitForText("#conversation", "We are checking the mail settings of your site now.");
    waitForText("#first-response-sla", "Met");
    assertThat(driver.findElement(By.cssSelector("#conversation")).getText())
        .contains("Bjørn Browser", "Thank you, Berit. We are checking the mail settings of your site now.");
    screenshot("6-ticket-view-after-reply");

    // The customer sees the answer on their page (the link names the configured base address).
    String customerLink = driver.findElement(By.cssSelector("#customer-link input")).getAttribute("value");
    open(URI.create(customerLink).getPath());
    waitForText("#portal-title", number);
    assertThat(waitForText("#conversation", "We are checking the mail settings"))
        .contains("Bjørn Browser", "Thank you, Berit. We are checking the mail settings of your site now.");
    screenshot("7-customer-page");

    // And the ticket is in the staff list.
    open("/tickets");
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='tickets-grid']//vaadin-grid-cell-content[starts-with(normalize-space(.), '" + number + "')]")));
    screenshot("8-ticket-list");

    // Log out: back to the login page, and the inbox is closed again.
    waitFor("#logout").click();
    waitFor("vaadin-login-form input[name='username']");
    open("/inbox");
    waitFor("vaadin-login-form input[name='username']");
    assertThat(driver.findElements(By.cssSelector("#inbox-grid"))).isEmpty();
  }

  private void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(40), Duration.ofMillis(200));
  }

  private static WebElement waitFor(String css) {
    return waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
  }

  private static String waitForText(String css, String part) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), part));
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  /** The grid recycles cell elements; only a cell in a row the grid shows counts. */
  private static void waitUntilGridShows(String number) {
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            """
                            const link = [...document.querySelectorAll('#inbox-grid vaadin-grid-cell-content a')]
                                .find(a => a.textContent.trim() === arguments[0]);
                            const slot = link && link.closest('vaadin-grid-cell-content').assignedSlot;
                            const row = slot && slot.closest('tr');
                            return !!row && !row.hidden;
                            """,
                            number)));
  }

  private static WebElement gridLink(String number) {
    return waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(gridLinkXpath(number))));
  }

  private static String gridLinkXpath(String number) {
    return "//*[@id='inbox-grid']//vaadin-grid-cell-content//a[normalize-space(.)='" + number + "']";
  }

  /** Grid rows live in the grid's shadow DOM; finds the row of the ticket and clicks its button. */
  private static void clickRowButton(String number, String caption) {
    Object clicked =
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const [number, caption] = arguments;
                const link = [...document.querySelectorAll('#inbox-grid vaadin-grid-cell-content a')]
                    .find(a => a.textContent.trim() === number);
                if (!link) return false;
                const row = link.closest('vaadin-grid-cell-content').assignedSlot.closest('tr');
                if (row.hidden) return false;
                const button = [...row.querySelectorAll('slot')]
                    .flatMap(slot => slot.assignedElements())
                    .flatMap(cell => [...cell.querySelectorAll('vaadin-button')])
                    .find(b => b.textContent.trim() === caption);
                if (!button) return false;
                button.click();
                return true;
                """,
                number,
                caption);
    assertThat(clicked).as("%s button in the row of %s", caption, number).isEqualTo(true);
  }

  /** Lets pending Vaadin round trips and two animation frames finish, so the picture shows a settled page. */
  private static void screenshot(String name) throws IOException {
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    ((JavascriptExecutor) driver)
        .executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
