package no.mediaweb.supportflow.harness;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.harness.FuzzCases.Expect;
import no.mediaweb.supportflow.harness.FuzzCases.FuzzCase;
import no.mediaweb.supportflow.harness.FuzzCases.Targets;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Machine;
import no.mediaweb.supportflow.survey.SurveyLinks;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bin/fuzz-intake}: seeded bad input over real HTTP against the running application — the
 * REST intake, the ticket API behind a customer's link and the link pages. Refused requests must
 * get a 4xx and leave ticket, ticket_message, attachment and outgoing_mail as they were; odd but
 * valid ones must not get a 5xx and must write exactly what they were accepted for; tampered links
 * must show the page that refuses them. Writes {@code target/intake-fuzz-<date>-<time>.md}; exits 1
 * on any wrong answer.
 */
public final class IntakeFuzz {

  static final Map<String, String> DEFAULTS = Map.of("cases", "600", "seed", "20261127", "report-dir", "target");
  private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
  private static final String CONTROL_SUBJECT = "Gallery is slow on mobile";
  static final List<String> TABLES = List.of("ticket", "ticket_message", "attachment", "outgoing_mail");

  public static void main(String[] args) {
    HarnessOptions.runAndExit("fuzz-intake", args, DEFAULTS, IntakeFuzz::run);
  }

  private static boolean run(HarnessOptions options) throws Exception {
    int count = options.positiveInt("cases");
    long seed = options.number("seed");
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    WorkflowBenchmark.say("starting the application on a fresh embedded engine and MariaDB…");
    try (HarnessApplication app = HarnessApplication.start(Path.of("target", "intake-fuzz").toAbsolutePath(), Map.of())) {
      Targets targets = prepare(app);
      JdbcClient jdbc = app.context().getBean(JdbcClient.class);
      Map<String, Long> before = awaitQuiet(jdbc);
      HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
      String control = renderedPage(pages, "http://127.0.0.1:" + app.port(),
          "/my-ticket/" + targets.ticketNumber() + "/" + targets.ticketToken());
      if (control.contains("not valid") || !control.contains(CONTROL_SUBJECT)) {
        throw new IllegalStateException("The ticket page of a valid link does not show the ticket, so the page check cannot tell: "
            + abbreviate(control));
      }
      List<FuzzCase> cases = FuzzCases.generate(seed, count, targets);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String base = "http://127.0.0.1:" + app.port();
      SortedMap<String, SortedMap<Integer, Integer>> statuses = new TreeMap<>();
      List<String> failures = new ArrayList<>();

      WorkflowBenchmark.say("%d cases against %s (seed %d)…".formatted(count, base, seed));
      for (FuzzCase fuzz : cases) {
        if (fuzz.expect() != Expect.NO_SERVER_ERROR) {
          check(http, base, fuzz, statuses, failures);
        }
      }
      Map<String, Long> afterRefused = counts(jdbc);
      int ticketsAccepted = 0;
      int messagesAccepted = 0;
      long descriptionsBefore = count(jdbc, "ticket_message WHERE kind = 'DESCRIPTION'");
      long repliesBefore = count(jdbc, "ticket_message WHERE kind = 'CUSTOMER_REPLY'");
      for (FuzzCase fuzz : cases) {
        if (fuzz.expect() == Expect.NO_SERVER_ERROR && check(http, base, fuzz, statuses, failures) / 100 == 2) {
          if (fuzz.kind().equals("intake-odd")) {
            ticketsAccepted++;
          } else {
            messagesAccepted++;
          }
        }
      }
      List<String> writeChecks = new ArrayList<>();
      writeChecks.add(writeCheck("tickets", afterRefused.get("ticket"), ticketsAccepted, count(jdbc, "ticket")));
      writeChecks.add(writeCheck("descriptions", descriptionsBefore, ticketsAccepted, count(jdbc, "ticket_message WHERE kind = 'DESCRIPTION'")));
      writeChecks.add(writeCheck("customer replies", repliesBefore, messagesAccepted, count(jdbc, "ticket_message WHERE kind = 'CUSTOMER_REPLY'")));

      Machine machine = Machine.current();
      FuzzReport report =
          new FuzzReport(startedAt, seed, count, "%d cores, %s".formatted(machine.cores(), machine.javaVersion()), statuses,
              failures, before, afterRefused, writeChecks);
      System.out.println(report.markdown());
      Path dir = Path.of(options.text("report-dir"));
      Files.createDirectories(dir);
      Path file = dir.resolve(report.fileName());
      Files.writeString(file, report.markdown());
      WorkflowBenchmark.say("report written to " + file.toAbsolutePath());
      return report.passed();
    }
  }

  private static String writeCheck(String what, long before, int accepted, long after) {
    boolean ok = after == before + accepted;
    return "%s %s: %d before, %d accepted, %d after".formatted(ok ? "OK" : "WRONG", what, before, accepted, after);
  }

  /** A Pro customer, two tickets with their link tokens and a signed survey token. */
  private static Targets prepare(HarnessApplication app) {
    CustomerRepository customers = app.context().getBean(CustomerRepository.class);
    String email = "fuzz-customer@example.test";
    customers.save(new Customer(null, email, "Fuzz Customer", "Fuzz AS", Plan.PRO, "Europe/Oslo", "en", Instant.now()));
    TicketIntakeService intake = app.context().getBean(TicketIntakeService.class);
    CustomerLinks links = app.context().getBean(CustomerLinks.class);
    OpenedTicket first = intake.open(new NewTicket(email, CONTROL_SUBJECT, "Steps: open /portfolio", Priority.NORMAL, Category.PERFORMANCE), Channel.WEB);
    OpenedTicket second = intake.open(new NewTicket(email, "Invoice shows the old address", "Steps: download an invoice", Priority.LOW, Category.BILLING), Channel.API);
    String surveyToken = app.context().getBean(SurveyLinks.class).tokenFor(1L, Instant.now().plus(Duration.ofDays(7)));
    return new Targets(email, first.number(), links.tokenFor(first.number()), second.number(), links.tokenFor(second.number()), surveyToken);
  }

  /** Sends one case and records what went wrong; returns the status. */
  private static int check(HttpClient http, String base, FuzzCase fuzz, SortedMap<String, SortedMap<Integer, Integer>> statuses,
      List<String> failures) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + fuzz.path())).timeout(Duration.ofSeconds(30));
    fuzz.headers().forEach(request::header);
    if (fuzz.body() != null) {
      request.header("Content-Type", fuzz.contentType()).method(fuzz.method(), HttpRequest.BodyPublishers.ofString(fuzz.body()));
    } else {
      request.method(fuzz.method(), HttpRequest.BodyPublishers.noBody());
    }
    HttpClient client = fuzz.expect() == Expect.PAGE_REFUSES
        ? HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build()
        : http;
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    statuses.computeIfAbsent(fuzz.kind(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
    String what = "case %d (%s, %s %s): ".formatted(fuzz.id(), fuzz.description(), fuzz.method(), abbreviate(fuzz.path()));
    if (status >= 500) {
      failures.add(what + "server error " + status);
    } else if (fuzz.expect() == Expect.REJECTED && (status < 400 || status > 499)) {
      failures.add(what + "expected a 4xx, got " + status
          + response.headers().firstValue("Location").map(location -> " (Location: " + location + ")").orElse(""));
    } else if (fuzz.expect() == Expect.PAGE_REFUSES && status / 100 == 2) {
      String page = renderedPage(client, base, fuzz.path());
      if (!page.contains("not valid")) {
        failures.add(what + "the page does not say the link is not valid: " + abbreviate(page.replaceAll("\\s+", " ")));
      }
    }
    return status;
  }

  /**
   * What the Vaadin page shows, fetched as the browser does: the bootstrap request opens the UI, then
   * the client's navigation event makes the server render the route and answer with its texts.
   */
  private static String renderedPage(HttpClient client, String base, String path) throws IOException, InterruptedException {
    String location = path.substring(1);
    String init = client.send(
        HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + FuzzCases.segment(location)))
            .timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher key = SECURITY_KEY.matcher(init);
    if (!key.find()) {
      return init;
    }
    String navigate =
        "{\"csrfToken\":\"%s\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":%s,"
            .formatted(key.group(1), FuzzCases.quote(java.net.URLDecoder.decode(location, StandardCharsets.UTF_8)))
            + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0")).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String abbreviate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
  }

  /** The row counts once the workflow's own writes for the prepared tickets (mails, inbox) have settled. */
  private static Map<String, Long> awaitQuiet(JdbcClient jdbc) throws InterruptedException {
    Map<String, Long> previous = counts(jdbc);
    for (int i = 0; i < 30; i++) {
      Thread.sleep(1_000);
      Map<String, Long> now = counts(jdbc);
      if (now.equals(previous) && now.get("outgoing_mail") > 0) {
        return now;
      }
      previous = now;
    }
    return previous;
  }

  private static Map<String, Long> counts(JdbcClient jdbc) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, count(jdbc, table));
    }
    return counts;
  }

  private static long count(JdbcClient jdbc, String tableAndFilter) {
    return jdbc.sql("SELECT COUNT(*) FROM " + tableAndFilter).query(Long.class).single();
  }

  private IntakeFuzz() {}
}
