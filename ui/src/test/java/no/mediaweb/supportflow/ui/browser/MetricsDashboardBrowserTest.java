package no.mediaweb.supportflow.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.ui.metrics.MetricsTestData;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager opens the metrics dashboard in a real browser (Debian's Chromium, headless): Chart.js
 * draws the trend charts from its webjar, a headline number opens the tickets behind it, a table's CSV
 * downloads, and a click on a bar opens that month's tickets. Skipped, loudly, where Chromium or its driver is missing. Screenshots
 * land in {@code target/screenshots}.
 */
@BrowserTest(width = 1280)
class MetricsDashboardBrowserTest {

  /** Earlier than the Karibu tests' months, and its open tickets are resolved the month after: no month's figures mix. */
  private static final YearMonth MONTH = YearMonth.of(2018, 11);

  Browser browser;

  @LocalServerPort int port;
  @Autowired StaffDirectory staff;
  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired JdbcClient jdbc;

  @Test
  void a_manager_sees_the_charts_and_opens_the_tickets_behind_a_number_and_behind_a_bar() throws IOException {
    MetricsTestData.Month data = new MetricsTestData(jdbc, staff, calculator).write(MONTH, "brow");
    String manager = "browser.metrics.manager";
    staff.createIfAbsent(manager, "Mona Manager", MetricsTestData.PASSWORD, List.of(Role.MANAGER), List.of());

    browser.open(port, "/login");
    browser.type(browser.waitFor("vaadin-login-form input[name='username']"), manager);
    WebElement password = browser.waitFor("vaadin-login-form input[name='password']");
    browser.type(password, MetricsTestData.PASSWORD);
    password.sendKeys(Keys.ENTER);
    browser.waitForText("#current-user", "Mona");
    browser.open(port, "/metrics?month=" + MONTH);

    assertThat(browser.waitForText("#headline-tickets-created-value", "5")).isEqualTo("5");
    Object points = browser.waiting().until(d -> js(
        """
        const chart = document.querySelector('#chart-backlog').chart;
        return chart && chart.canvas.width > 0 ? chart.data.datasets[0].data.length : null;
        """));
    assertThat(points).isEqualTo(12L);
    assertThat(js("return document.querySelector('#chart-backlog').chart.data.datasets[0].data[11];")).isEqualTo(2L);
    assertThat(js("return document.querySelector('#chart-sla').chart.data.datasets.length;")).isEqualTo(6L);
    assertThat(js("return document.querySelector('#chart-first-response').getAttribute('aria-label');").toString())
        .startsWith("First response time");
    browser.screenshot("metrics-1-dashboard");

    scrolledIntoView("#headline-tickets-created").click();
    for (String number : data.numbers("t1", "t2", "t3", "t4", "t5")) {
      browser.waitUntilGridShows("drill-tickets", number, true);
    }
    assertThat(browser.waitForText("#drill-total", "5 tickets")).startsWith("5 tickets · November 2018");
    browser.screenshot("metrics-2-drill-down");
    // the development-mode tool bar may cover the dialog's footer
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", browser.waitFor("#drill-close"));
    browser.waitUntilGone("vaadin-dialog-overlay[opened]");

    @SuppressWarnings("unchecked")
    List<String> download = (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        """
        const done = arguments[arguments.length - 1];
        fetch(document.querySelector('#table-qa-agents-csv').href)
          .then(async r => done([r.headers.get('content-type'), r.headers.get('content-disposition'),
              new TextDecoder('utf-8', {ignoreBOM: true}).decode(await r.arrayBuffer())]))
          .catch(e => done(['failed', String(e), '']));
        """);
    assertThat(download.get(0)).isEqualToIgnoringCase("text/csv;charset=UTF-8");
    assertThat(download.get(1)).contains("attachment").contains("supportflow-qa-by-agent-2018-11.csv");
    assertThat(download.get(2)).isEqualTo("\uFEFFAgent,Reviews,Average score (%),Failed,Fail rate (%)\r\n\"Dahl, Alex\",1,90.0,0,0.0\r\n");

    WebElement canvas = scrolledIntoView("#chart-backlog canvas");
    @SuppressWarnings("unchecked")
    List<Number> bar = (List<Number>) js(
        """
        const chart = document.querySelector('#chart-backlog').chart;
        const point = chart.getDatasetMeta(0).data[11];
        const box = chart.canvas.getBoundingClientRect();
        return [point.x - box.width / 2, (point.y + point.base) / 2 - box.height / 2];
        """);
    new Actions(browser.driver()).moveToElement(canvas, bar.get(0).intValue(), bar.get(1).intValue()).click().perform();
    for (String number : data.numbers("t3", "t4")) {
      browser.waitUntilGridShows("drill-tickets", number, true);
    }
    assertThat(browser.waitForText("#drill-total", "2 tickets")).startsWith("2 tickets · November 2018");
    browser.screenshot("metrics-3-bar-drill-down");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  private WebElement scrolledIntoView(String css) {
    WebElement element = browser.waitFor(css);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }
}
