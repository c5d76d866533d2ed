package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.mediaweb.supportflow.SupportflowApplication;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.escalation.EscalationReason;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.escalation.EscalationState;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A manager decides two escalations in a real browser (Debian's Chromium, headless): rejects one
 * and approves the other, each with a reason. Skipped, loudly, where Chromium or its driver is
 * missing. Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(AgentJourneyBrowserTest.RequiresChromium.class)
@SpringBootTest(classes = SupportflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
@TestPropertySource(
    properties = {
      "supportflow.links.secret=ui-test-secret-0123456789abcdef0123",
      "supportflow.links.base-url=http://localhost:8080",
    })
class ApprovalsBrowserTest {

  private static final Path CHROMIUM = Path.of(System.getProperty("supportflow.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("supportflow.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String PASSWORD = "browser-manager-password";

  private static WebDriver driver;

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired StaffDirectory staff;
  @Autowired TicketIntakeService intake;
  @Autowired InboxService inbox;
  @Autowired EscalationService escalations;

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!AgentJourneyBrowserTest.browserInstalled()) {
      return;
    }
    Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1600,1000", "--user-data-dir=" + profile);
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

  @Autowired org.springframework.context.ApplicationContext context;

  @org.junit.jupiter.api.BeforeEach
  void useThisApplicationsSecurityContext() {
    no.mediaweb.supportflow.SecurityContexts.useStrategyOf(context);
  }

  @AfterEach
  void forgetTheUser() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void a_manager_rejects_one_escalation_and_approves_another_each_with_a_reason() throws IOException {
    try {
      decide();
    } catch (RuntimeException | AssertionError e) {
      screenshot("approvals-failure");
      throw e;
    }
  }

  private void decide() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String agent = "browser.owner." + suffix;
    staff.createIfAbsent(agent, "Ola Owner", PASSWORD, List.of(Role.AGENT), List.of(SupportTicketProcess.GROUP_L1));
    String manager = "browser.manager." + suffix;
    staff.createIfAbsent(manager, "Mette Manager", PASSWORD, List.of(Role.MANAGER), List.of(EscalationProcess.GROUP_MANAGERS));
    OpenedTicket rejected = escalatedTicket(agent, manager, "Gift cards cannot be redeemed " + suffix);
    OpenedTicket approved = escalatedTicket(agent, manager, "Stock sync with the warehouse stops " + suffix);

    open("/login");
    type(waitFor("vaadin-login-form input[name='username']"), manager);
    WebElement password = waitFor("vaadin-login-form input[name='password']");
    type(password, PASSWORD);
    password.sendKeys(Keys.ENTER);
    waitForText("#current-user", "Mette");
    open("/approvals");
    waitUntilGridShows(rejected.number(), true);
    waitUntilGridShows(approved.number(), true);
    screenshot("approvals-1-queue");

    clickRowButton(rejected.number(), "Reject");
    typeInto("#decision-text textarea", "Gift cards are a settings question; L1 can solve it");
    screenshot("approvals-2-reject-dialog");
    waitFor("#decision-confirm").click();
    waitUntilGone("#decision-text");
    waitUntilGridShows(rejected.number(), false);

    clickRowButton(approved.number(), "Approve");
    typeInto("#decision-text textarea", "The warehouse API needs L2");
    waitFor("#decision-confirm").click();
    waitUntilGone("#decision-text");
    waitUntilGridShows(approved.number(), false);
    screenshot("approvals-3-decided");

    loginAs(manager, Role.MANAGER);
    Escalation no = onlyEscalationOf(rejected);
    assertThat(no.state()).isEqualTo(EscalationState.REJECTED);
    assertThat(no.decidedBy()).isEqualTo("Mette Manager");
    assertThat(no.decisionReason()).isEqualTo("Gift cards are a settings question; L1 can solve it");
    Escalation yes = onlyEscalationOf(approved);
    assertThat(yes.state()).isIn(EscalationState.REQUESTED, EscalationState.WITH_TIER);
    assertThat(yes.decidedBy()).isEqualTo("Mette Manager");
    assertThat(yes.decisionReason()).isEqualTo("The warehouse API needs L2");
  }

  /** A ticket its owner answered and asked to escalate; returns once the approval waits for a manager. */
  private OpenedTicket escalatedTicket(String agent, String manager, String subject) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Customer customer =
        customers.save(
            new Customer(
                null, "approvals-" + suffix + "@example.com", "Aud Approval", "Fjord Kaffe AS", Plan.PRO, "Europe/Oslo",
                "en", Instant.now()));
    OpenedTicket ticket =
        intake.open(
            new NewTicket(customer.accountEmail(), subject, "Summary: it stopped working on Monday.", Priority.HIGH),
            Channel.WEB);
    loginAs(agent, Role.AGENT);
    InboxTask first =
        eventually(() -> inbox.openTasksOf(ticket.id()).stream().filter(InboxTask::isFirstResponse).findFirst().orElse(null));
    inbox.complete(first.jobKey(), new AgentResponse(AgentAction.REPLY, "We are looking into it."));
    eventually(() -> inbox.openTasksOf(ticket.id()).stream().filter(t -> !t.isFirstResponse()).findFirst().orElse(null));
    escalations.request(ticket.number(), EscalationReason.BEYOND_FIRST_LEVEL, "Needs L2 access: " + subject);
    loginAs(manager, Role.MANAGER);
    eventually(
        () -> escalations.approvalQueue().stream()
            .filter(r -> r.escalation().ticketNumber().equals(ticket.number()))
            .findFirst()
            .orElse(null));
    SecurityContextHolder.clearContext();
    return ticket;
  }

  private Escalation onlyEscalationOf(OpenedTicket ticket) {
    List<Escalation> all = escalations.historyOf(ticket.id());
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  private static <T> T eventually(Supplier<T> value) {
    return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(250))
        .until(value::get, v -> v != null);
  }

  private static void loginAs(String username, Role role) {
    List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    User user = new User(username, "unused", authorities);
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
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

  /** Types into the element {@code css} finds, finding it again if Vaadin re-renders it meanwhile. */
  private static void typeInto(String css, String text) {
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement input = d.findElement(By.cssSelector(css));
              input.clear();
              input.sendKeys(text);
              return true;
            });
  }

  /** A closed dialog leaves the page; until then its fields would still be found. */
  private static void waitUntilGone(String css) {
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), 0));
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  /** Whether a row the grid shows links the ticket; the grid recycles cells, hidden rows do not count. */
  private static void waitUntilGridShows(String number, boolean shown) {
    waiting()
        .until(
            d ->
                shown
                    == Boolean.TRUE.equals(
                        ((JavascriptExecutor) d)
                            .executeScript(
                                """
                                const link = [...document.querySelectorAll('#approvals-grid vaadin-grid-cell-content a')]
                                    .find(a => a.textContent.trim() === arguments[0]);
                                const slot = link && link.closest('vaadin-grid-cell-content').assignedSlot;
                                const row = slot && slot.closest('tr');
                                return !!row && !row.hidden;
                                """,
                                number)));
  }

  private static void clickRowButton(String number, String caption) {
    Object clicked =
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const [number, caption] = arguments;
                const link = [...document.querySelectorAll('#approvals-grid vaadin-grid-cell-content a')]
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

  private static void screenshot(String name) throws IOException {
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
