package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driving the application on its random port, with the waits a Vaadin page
 * needs. Screenshots land in {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

  /** Debian's packages; overridable with -Dsupportflow.chromium / -Dsupportflow.chromedriver. */
  private static final Path CHROMIUM = Path.of(System.getProperty("supportflow.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("supportflow.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** A fresh profile and window of {@code width} × 1000 pixels. */
  static Browser start(int width) throws IOException {
    Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=" + width + ",1000", "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    Files.createDirectories(SCREENSHOTS);
    return new Browser(new ChromeDriver(service, options));
  }

  @Override
  public void close() {
    driver.quit();
  }

  WebDriver driver() {
    return driver;
  }

  void open(int port, String path) {
    driver.get("http://localhost:" + port + path);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(40), Duration.ofMillis(200));
  }

  WebElement waitFor(String css) {
    return waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
  }

  String waitForText(String css, String part) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), part));
    return driver.findElement(By.cssSelector(css)).getText();
  }

  void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  /** Types into the element {@code css} finds, finding it again if Vaadin re-renders it meanwhile. */
  void typeInto(String css, String text) {
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
  void waitUntilGone(String css) {
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), 0));
  }

  /** Waits until a row the grid shows links the ticket (or no longer does); the grid recycles cells, hidden rows do not count. */
  void waitUntilGridShows(String gridId, String number, boolean shown) {
    waiting()
        .until(
            d ->
                shown
                    == Boolean.TRUE.equals(
                        ((JavascriptExecutor) d)
                            .executeScript(
                                """
                                const [grid, number] = arguments;
                                const link = [...document.querySelectorAll('#' + grid + ' vaadin-grid-cell-content a')]
                                    .find(a => a.textContent.trim() === number);
                                const slot = link && link.closest('vaadin-grid-cell-content').assignedSlot;
                                const row = slot && slot.closest('tr');
                                return !!row && !row.hidden;
                                """,
                                gridId,
                                number)));
  }

  /** Grid rows live in the grid's shadow DOM; finds the row of the ticket and clicks its button. */
  void clickRowButton(String gridId, String number, String caption) {
    Object clicked =
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const [grid, number, caption] = arguments;
                const link = [...document.querySelectorAll('#' + grid + ' vaadin-grid-cell-content a')]
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
                gridId,
                number,
                caption);
    assertThat(clicked).as("%s button in the row of %s", caption, number).isEqualTo(true);
  }

  /** Lets pending Vaadin round trips and two animation frames finish, so the picture shows a settled page. */
  void screenshot(String name) throws IOException {
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
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
