package no.mediaweb.supportflow.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Check;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Figures;
import no.mediaweb.supportflow.harness.CrashSafetyReport.KillRecord;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Outage;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Settings;
import no.mediaweb.supportflow.harness.KillSchedule.Kill;
import no.mediaweb.supportflow.harness.KillSchedule.Kind;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Machine;
import no.mediaweb.supportflow.testing.EmbeddedMail;
import no.mediaweb.supportflow.testing.EmbeddedMariaDb;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.testing.EmbeddedZeebe;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bin/crash-safety}: the engine, the database and the mail server live in this process, as
 * the broker, MySQL and the mail relay live outside the application in production; the application
 * (workers, UI, API and the simulated people) runs as a child process, which this driver kills
 * with SIGKILL at random moments and at job completions, and starts again. Tickets are opened over
 * the REST API, sent again while the application is down. Then the database is stopped for longer
 * than a job timeout and started again. At the end it checks that nothing was lost or recorded
 * twice, prints the report and writes {@code target/crash-safety-<date>-<time>.md}; exit code 1
 * when the goal is not met.
 */
public final class CrashSafety {

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("tickets", "1000"),
          Map.entry("concurrency", "16"),
          Map.entry("kills", "10"),
          Map.entry("seed", "20261127"),
          Map.entry("db-outage-seconds", "75"),
          Map.entry("settle-minutes", "10"),
          Map.entry("ticket-wait-seconds", "120"),
          Map.entry("at-risk-fraction", "0.0002"),
          Map.entry("agents", "16"),
          Map.entry("inbox-recovery-after", ""),
          Map.entry("report-dir", "target"));

  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration TRAP_TIMEOUT = Duration.ofMinutes(2);
  private static final double OUTAGE_AT = 0.9;

  public static void main(String[] args) {
    HarnessOptions.runAndExit("crash-safety", args, DEFAULTS, CrashSafety::run);
  }

  /** The run's settings, read from the options. */
  record Options(int tickets, int concurrency, int kills, long seed, int outageSeconds, int settleMinutes, int ticketWaitSeconds,
      double atRiskFraction, int agents, Optional<Duration> inboxRecoveryAfter, Path reportDir) {

    static Options of(HarnessOptions options) {
      int outage = (int) options.number("db-outage-seconds");
      if (outage < 0) {
        throw new IllegalArgumentException("--db-outage-seconds must not be negative: " + outage);
      }
      int kills = (int) options.number("kills");
      if (kills < 0) {
        throw new IllegalArgumentException("--kills must not be negative: " + kills);
      }
      Options parsed = new Options(options.positiveInt("tickets"), options.positiveInt("concurrency"), kills, options.number("seed"), outage,
          options.positiveInt("settle-minutes"), options.positiveInt("ticket-wait-seconds"), options.fraction("at-risk-fraction"),
          options.positiveInt("agents"), duration(options, "inbox-recovery-after"), Path.of(options.text("report-dir")));
      KillSchedule.plan(parsed.tickets(), parsed.kills(), parsed.seed());
      return parsed;
    }

    private static Optional<Duration> duration(HarnessOptions options, String name) {
      String text = options.text(name);
      if (text.isBlank()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Duration.parse(text));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("--" + name + " must be an ISO-8601 duration such as PT10M: " + text);
      }
    }
  }

  private static boolean run(HarnessOptions harnessOptions) throws Exception {
    Options options = Options.of(harnessOptions);
    return new CrashSafety(options).execute();
  }

  /** What one kill did, completed after the run with the job the trap held. */
  private record KillEvent(double atSeconds, Kind kind, int opened, String doing, Long trappedJob, double restartSeconds) {}

  private final Options options;
  private final List<TicketScript> scripts;
  private final KillSchedule schedule;
  private final Path workDir = Path.of("target", "crash-safety").toAbsolutePath();
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger requestsInFlight = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger redirected = new AtomicInteger();
  private final AtomicInteger next = new AtomicInteger();
  private final Map<String, String> statusByNumber = new ConcurrentHashMap<>();
  private final List<KillEvent> killEvents = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final long started = System.nanoTime();
  private volatile ApplicationProcess application;
  private volatile String phase = "starting";
  private volatile EmbeddedMariaDb database;
  private EmbeddedZeebe zeebe;
  private volatile Outage outage;
  private volatile String jobTimeouts = "not reported";
  private int generation;
  private int httpPort;
  private Map<String, String> applicationProperties;
  private JdbcClient jdbc;

  private CrashSafety(Options options) {
    this.options = options;
    this.scripts = TicketScript.generate(options.seed(), options.tickets());
    this.schedule = KillSchedule.plan(options.tickets(), options.kills(), options.seed());
  }

  private boolean execute() throws Exception {
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    say("starting the engine, MariaDB and the mail server in this process…");
    Files.createDirectories(workDir);
    try (var oldLogs = Files.newDirectoryStream(workDir, "application-*.log")) {
      for (Path log : oldLogs) {
        Files.delete(log);
      }
    }
    zeebe = EmbeddedZeebe.startOnFreePort();
    database = EmbeddedMariaDb.start(workDir.resolve("mariadb"));
    EmbeddedMail mail = EmbeddedMail.start("127.0.0.1");
    httpPort = freePort();
    applicationProperties = applicationProperties(zeebe, mail);
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(database.jdbcUrl());
    pool.setUsername(database.username());
    pool.setMaximumPoolSize(3);
    pool.setConnectionTimeout(5_000);
    pool.setInitializationFailTimeout(-1);
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      jdbc = JdbcClient.create(dataSource);
      startApplication();
      Thread poller = Thread.ofPlatform().daemon().name("status-poller").start(this::pollStatuses);
      say("%d tickets, %d in flight, %d kills planned (%d random, %d at a worker's completion, %d at an agent's), database outage %s"
          .formatted(options.tickets(), options.concurrency(), options.kills(), schedule.count(Kind.RANDOM), schedule.count(Kind.WORKER_COMPLETION),
              schedule.count(Kind.INBOX_COMPLETION), options.outageSeconds() > 0 ? options.outageSeconds() + " s" : "none"));
      phase = "running";
      List<Thread> slots = new ArrayList<>();
      for (int t = 0; t < options.concurrency(); t++) {
        slots.add(Thread.ofVirtual().name("ticket-slot-", t).start(this::workTickets));
      }
      Thread killer = Thread.ofPlatform().name("killer").start(this::killAndStopTheDatabase);
      for (Thread slot : slots) {
        slot.join();
      }
      double runSeconds = secondsSinceStart();
      killer.join();
      phase = "settling";
      long settleStart = System.nanoTime();
      settle();
      double settleSeconds = (System.nanoTime() - settleStart) / 1e9;
      say("stopping the application and reading the engine's records…");
      application.stop();
      poller.interrupt();
      CrashSafetyChecks.EngineFacts facts = engineFacts(zeebe);
      List<MimeMessage> delivered = List.of(mail.server().getReceivedMessages());
      CrashSafetyChecks checks = new CrashSafetyChecks(jdbc, facts, delivered, scripts);
      List<Check> results = checks.all();
      Map<String, Integer> incidents = checks.openIncidents();
      incidents.forEach((cause, count) -> notes.add("Open incident ×%d: %s".formatted(count, cause)));
      notes.add("The engine (Zeebe Process Test, in-memory), MariaDB 11.4 and GreenMail run in the driver's JVM and survive the kills; "
          + "the application (workers, UI, REST API, simulated agents and customers) runs in a child JVM that is killed with SIGKILL and started again.");
      notes.add(("Tickets are opened with POST /api/v1/tickets and an Idempotency-Key header per workload ticket, sent again while the "
          + "application is down or answers 5xx; %d requests were refused with a 4xx. A request that committed before a kill and is sent "
          + "again must name the ticket the first one opened; a second ticket would show in the first check.").formatted(refused.get()));
      if (redirected.get() > 0) {
        notes.add(("%d ticket requests were answered with a redirect (302 to the login page) instead of an error status — what the API answers "
            + "when an exception no handler maps (here: no database connection) reaches the error page behind the login; sent again.")
            .formatted(redirected.get()));
      }
      List<KillRecord> kills = killEvents.stream()
          .map(event -> new KillRecord(event.atSeconds(), event.kind(), event.opened(),
              event.trappedJob() == null ? event.doing() : "completing " + facts.describeJob(event.trappedJob()), event.restartSeconds()))
          .toList();
      long closed = checks.tickets().stream().filter(ticket -> "CLOSED".equals(ticket.status())).count();
      CrashSafetyReport report =
          new CrashSafetyReport(
              startedAt, Machine.current(),
              new Settings(options.tickets(), options.concurrency(), options.kills(), options.seed(), options.outageSeconds(), options.settleMinutes(),
                  jobTimeouts),
              kills, Optional.ofNullable(outage), new Figures(opened.get(), (int) closed, runSeconds, settleSeconds, retries.get()), results, notes);
      System.out.println(report.console());
      Files.createDirectories(options.reportDir());
      Path file = options.reportDir().resolve(report.fileName());
      Files.writeString(file, report.markdown());
      say("report written to " + file.toAbsolutePath());
      mail.stop();
      database.stop();
      zeebe.stop();
      return report.goalMet();
    }
  }

  private Map<String, String> applicationProperties(EmbeddedZeebe zeebe, EmbeddedMail mail) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.putAll(EmbeddedServices.databaseProperties(database));
    properties.putAll(EmbeddedServices.engineProperties(zeebe));
    properties.putAll(mail.properties("1s", "1h"));
    properties.put("server.port", httpPort);
    properties.put("supportflow.links.secret", randomSecret());
    properties.put("supportflow.attachments.dir", workDir.resolve("attachments").toString());
    properties.put("supportflow.sla.at-risk-fraction", Double.toString(options.atRiskFraction()));
    // an agent who answers again before the recovery has finished the answer a kill cut short
    options.inboxRecoveryAfter().ifPresent(after -> properties.put("supportflow.inbox.completion-recovery-after", after));
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "WARN");
    properties.put("crash.seed", options.seed());
    properties.put("crash.tickets", options.tickets());
    properties.put("crash.agents", options.agents());
    Map<String, String> text = new LinkedHashMap<>();
    properties.forEach((name, value) -> text.put(name, String.valueOf(value)));
    return text;
  }

  private void startApplication() throws IOException, InterruptedException {
    generation++;
    List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(arg -> arg.startsWith("--sun-misc-unsafe")).forEach(jvm::add);
    long begin = System.nanoTime();
    ApplicationProcess started = ApplicationProcess.start(applicationProperties, jvm, workDir.resolve("application-%02d.log".formatted(generation)));
    if (!started.awaitReady(STARTUP_TIMEOUT)) {
      started.kill();
      throw new IllegalStateException("The application (start %d) did not come up; see %s".formatted(generation,
          workDir.resolve("application-%02d.log".formatted(generation))));
    }
    application = started;
    if (generation == 1) {
      jobTimeouts = started.settings().orElse(jobTimeouts);
    }
    say("application #%d (pid %d) up after %.1f s".formatted(generation, started.pid(), (System.nanoTime() - begin) / 1e9));
  }

  /** One slot of the workload: opens the next ticket and waits for it to close (or gives up waiting), again and again. */
  private void workTickets() {
    for (int i = next.getAndIncrement(); i < scripts.size(); i = next.getAndIncrement()) {
      Optional<String> number = open(scripts.get(i));
      if (number.isEmpty()) {
        continue;
      }
      opened.incrementAndGet();
      long deadline = System.nanoTime() + Duration.ofSeconds(options.ticketWaitSeconds()).toNanos();
      while (!"CLOSED".equals(statusByNumber.get(number.get())) && System.nanoTime() < deadline) {
        sleep(250);
      }
    }
  }

  private record CreateTicket(String accountEmail, String subject, String description, Priority priority, Category category) {}

  private Optional<String> open(TicketScript script) {
    String email = "bench-%s-%02d@example.test".formatted(script.plan().name().toLowerCase(Locale.ROOT), script.index() % 10 + 1);
    String body;
    try {
      body = json.writeValueAsString(new CreateTicket(email, "%s%d: %s".formatted(SimulatedPeople.SUBJECT_PREFIX, script.index(), script.category().label()),
          "Summary: opened by the crash-safety run.\nSteps: open the site.\nExpected: it works.", script.priority(), script.category()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:%d/api/v1/tickets".formatted(httpPort)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "crash-%d-%d".formatted(options.seed(), script.index()))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1) {
        sleep(500);
      }
      requestsInFlight.incrementAndGet();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
          return Optional.of(json.readTree(response.body()).get("number").asText());
        }
        if (response.statusCode() >= 300 && response.statusCode() < 400) {
          // an error page behind the login: not an answer an API client can act on but to try again
          redirected.incrementAndGet();
        } else if (response.statusCode() < 500) {
          refused.incrementAndGet();
          say("workload ticket %d refused with %d: %s".formatted(script.index(), response.statusCode(), response.body()));
          return Optional.empty();
        }
        retries.incrementAndGet();
      } catch (ConnectException down) {
        // nobody listens: the request never reached the application
      } catch (IOException noAnswer) {
        // killed while answering, or no answer in time: the ticket may exist; send the same request again
        retries.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      } finally {
        requestsInFlight.decrementAndGet();
      }
    }
  }

  private void killAndStopTheDatabase() {
    try {
      for (Kill kill : schedule.kills()) {
        while (opened.get() < kill.afterTickets() && next.get() < scripts.size() + options.concurrency()) {
          sleep(200);
        }
        killOnce(kill);
      }
      if (options.outageSeconds() > 0) {
        while (opened.get() < Math.ceil(options.tickets() * OUTAGE_AT) && next.get() < scripts.size() + options.concurrency()) {
          sleep(200);
        }
        stopTheDatabase();
      }
    } catch (Exception e) {
      say("the fault driver failed: " + e);
      e.printStackTrace();
      System.exit(2);
    }
  }

  private void killOnce(Kill kill) throws IOException, InterruptedException {
    String doing;
    Long trapped = null;
    if (kill.kind() == Kind.RANDOM) {
      sleep(kill.delayMillis());
      doing = "%d ticket requests in flight, %d tickets not closed".formatted(requestsInFlight.get(), notClosed());
    } else {
      CompletionTrap.Moment moment = kill.kind() == Kind.WORKER_COMPLETION ? CompletionTrap.Moment.WORKER : CompletionTrap.Moment.INBOX;
      Optional<String> line = application.armAndAwait(moment, TRAP_TIMEOUT);
      if (line.isPresent()) {
        trapped = Long.parseLong(line.get().split(" ")[2]);
        doing = line.get();
      } else {
        doing = "no %s completion within %d s; killed anyway".formatted(moment.name().toLowerCase(Locale.ROOT), TRAP_TIMEOUT.toSeconds());
      }
    }
    double at = secondsSinceStart();
    int openedAtKill = opened.get();
    phase = "down (kill %d)".formatted(killEvents.size() + 1);
    long begin = System.nanoTime();
    application.kill();
    say("killed application #%d (%s): %s".formatted(generation, kill.kind().label(), doing));
    startApplication();
    phase = "running";
    killEvents.add(new KillEvent(at, kill.kind(), openedAtKill, doing, trapped, (System.nanoTime() - begin) / 1e9));
  }

  private void stopTheDatabase() throws InterruptedException {
    double at = secondsSinceStart();
    int openedAtStop = opened.get();
    int notClosed = notClosed();
    int port = database.port();
    phase = "database down";
    say("stopping MariaDB for %d s (%d tickets opened, %d not closed)…".formatted(options.outageSeconds(), openedAtStop, notClosed));
    long begin = System.nanoTime();
    database.stop();
    Thread.sleep(Duration.ofSeconds(options.outageSeconds()));
    database = EmbeddedMariaDb.startKeepingData(workDir.resolve("mariadb"), port);
    double seconds = (System.nanoTime() - begin) / 1e9;
    outage = new Outage(at, seconds, openedAtStop, notClosed);
    phase = "running";
    say("MariaDB is back on port %d after %.1f s".formatted(port, seconds));
  }

  /** Waits until every workload ticket is closed and the outbox is empty, or the settle timeout. */
  private void settle() {
    long deadline = System.nanoTime() + Duration.ofMinutes(options.settleMinutes()).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        int unsent = jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE status IN ('PENDING', 'SENDING')").query(Integer.class).single();
        if (notClosed() == 0 && statusByNumber.size() >= opened.get() && unsent == 0 && noProcessLeftWithoutTicket()) {
          return;
        }
      } catch (RuntimeException databaseAway) {
        // look again
      }
      sleep(1_000);
    }
    say("settle timeout: %d tickets not closed after %d minutes".formatted(notClosed(), options.settleMinutes()));
  }

  /** The processes of rolled-back intakes have ended (they are discarded a few minutes after the intake). */
  private boolean noProcessLeftWithoutTicket() {
    try {
      CrashSafetyChecks.EngineFacts facts = CrashSafetyChecks.EngineFacts.read(zeebe.engine());
      Set<Long> linked = new HashSet<>(jdbc.sql("SELECT process_instance_key FROM ticket WHERE process_instance_key IS NOT NULL")
          .query(Long.class).list());
      return facts.activeWithout(linked).isEmpty();
    } catch (ConcurrentModificationException busy) {
      return false;
    }
  }

  private int notClosed() {
    return (int) statusByNumber.values().stream().filter(status -> !"CLOSED".equals(status)).count();
  }

  private void pollStatuses() {
    long lastProgress = System.nanoTime();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        jdbc.sql("SELECT number, status FROM ticket WHERE subject LIKE :prefix")
            .param("prefix", SimulatedPeople.SUBJECT_PREFIX + "%")
            .query(rs -> {
              statusByNumber.put(rs.getString(1), rs.getString(2));
            });
      } catch (RuntimeException databaseAway) {
        // the outage: keep the last statuses
      }
      if (System.nanoTime() - lastProgress >= 5_000_000_000L) {
        lastProgress = System.nanoTime();
        int tickets = statusByNumber.size();
        say("crash-safety: %d/%d opened, %d closed, %d requests in flight, %d sent again after no answer, a 5xx or a redirect, kills %d/%d, application #%d, %s"
            .formatted(opened.get(), options.tickets(), tickets - notClosed(), requestsInFlight.get(), retries.get(), killEvents.size(),
                options.kills(), generation, phase));
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static CrashSafetyChecks.EngineFacts engineFacts(EmbeddedZeebe zeebe) {
    for (int attempt = 1; ; attempt++) {
      try {
        return CrashSafetyChecks.EngineFacts.read(zeebe.engine());
      } catch (ConcurrentModificationException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  private double secondsSinceStart() {
    return (System.nanoTime() - started) / 1e9;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static void say(String line) {
    WorkflowBenchmark.say(line);
  }
}
