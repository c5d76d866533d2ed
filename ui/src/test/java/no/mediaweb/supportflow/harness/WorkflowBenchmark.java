package no.mediaweb.supportflow.harness;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Machine;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Memory;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.RunFigures;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Settings;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.WorkerSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bin/benchmark-workflow}: the application on the embedded engine and a fresh embedded
 * MariaDB, N tickets pushed through the whole ticket workflow by simulated agents and customers,
 * against the same BPMN on a bare engine with no-op workers in the same run. Prints progress and
 * the report, writes {@code target/workflow-benchmark-<date>-<time>.md}; exits 1 when a goal is
 * not met (the report says by how much and why), 2 on a failure.
 */
public final class WorkflowBenchmark {

  static final Map<String, String> DEFAULTS =
      Map.of(
          "tickets", "2000",
          "concurrency", "32",
          "seed", "20261127",
          "agents", "0",
          "at-risk-fraction", "0.0002",
          "report-dir", "target",
          "execution-threads", "",
          "max-jobs-active", "",
          "max-minutes", "0");

  public static void main(String[] args) {
    HarnessOptions.runAndExit("benchmark-workflow", args, DEFAULTS, WorkflowBenchmark::run);
  }

  private static boolean run(HarnessOptions options) throws Exception {
    int tickets = options.positiveInt("tickets");
    int concurrency = options.positiveInt("concurrency");
    long seed = options.number("seed");
    double atRiskFraction = options.fraction("at-risk-fraction");
    int agents = Integer.parseInt(options.text("agents")) > 0 ? options.positiveInt("agents") : Math.max(8, concurrency / 2);
    long maxMinutes = options.number("max-minutes");
    java.time.Duration budget = maxMinutes > 0 ? java.time.Duration.ofMinutes(maxMinutes) : java.time.Duration.ofDays(365);
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<TicketScript> scripts = TicketScript.generate(seed, tickets);
    Path workDir = Path.of("target", "workflow-benchmark").toAbsolutePath();

    say("starting the application on a fresh embedded engine and MariaDB…");
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    properties.put("supportflow.sla.at-risk-fraction", Double.toString(atRiskFraction));
    // worker settings to compare; unset, the application's configuration applies
    if (!options.text("execution-threads").isBlank()) {
      properties.put("camunda.client.execution-threads", options.positiveInt("execution-threads"));
    }
    if (!options.text("max-jobs-active").isBlank()) {
      properties.put("camunda.client.worker.defaults.max-jobs-active", options.positiveInt("max-jobs-active"));
    }
    try (HarnessApplication app = HarnessApplication.start(workDir, properties)) {
      CamundaClientConfiguration client = app.context().getBean(CamundaClient.class).getConfiguration();
      WorkerSettings workers =
          new WorkerSettings(client.getDefaultJobWorkerStreamEnabled(), client.getNumJobWorkerExecutionThreads(), client.getDefaultJobWorkerMaxJobsActive());
      say("worker settings: streaming %s, %d execution threads, %d max active jobs"
          .formatted(workers.streaming(), workers.executionThreads(), workers.maxJobsActive()));

      say("bare engine: %d tickets, %d in flight…".formatted(tickets, concurrency));
      BaselineRun bare = new BaselineRun(concurrency, atRiskFraction, workers, WorkflowBenchmark::say);
      RunFigures baseline = bare.run(scripts, budget);
      say("bare engine done: %.1f tickets/s".formatted(baseline.throughput()));

      FullWorkflowRun full = new FullWorkflowRun(app.context(), concurrency, agents, WorkflowBenchmark::say);
      full.prepare();
      say("full workflow: %d tickets, %d in flight, %d agents…".formatted(tickets, concurrency, agents));
      RunFigures figures = full.run(scripts, budget);
      Memory memory = new Memory(Measurements.heapUsedMb(), Measurements.heapMaxMb(), Measurements.databaseRssMb());
      JdbcClient jdbc = app.context().getBean(JdbcClient.class);
      Percentiles inbox = Measurements.inboxLatency(app.zeebe().engine(), jdbc);
      Percentiles late = Measurements.slaTimerLateness(app.zeebe().engine());
      int armed = Measurements.slaTimersCreated(app.zeebe().engine());

      WorkflowBenchmarkReport report =
          new WorkflowBenchmarkReport(
              startedAt, Machine.current(), new Settings(tickets, concurrency, seed, agents, atRiskFraction, workers),
              figures, baseline, inbox, late, memory, notes(figures, baseline, maxMinutes, tickets, armed, late.count(), full.failures(), bare.failures()));
      System.out.println(report.console());
      Path dir = Path.of(options.text("report-dir"));
      Files.createDirectories(dir);
      Path file = dir.resolve(report.fileName());
      Files.writeString(file, report.markdown());
      say("report written to " + file.toAbsolutePath());
      return report.allGoalsMet() && figures.completed() == figures.started();
    }
  }

  private static List<String> notes(RunFigures full, RunFigures bare, long maxMinutes, int tickets, int timersArmed, int timersFired, Map<String, Integer> failures,
      Map<String, Integer> bareFailures) {
    List<String> notes = new java.util.ArrayList<>(List.of(
        "Both runs share one JVM: the bare engine ran first on an engine of its own (stopped afterwards) while the application idled; "
            + "then the application ran the workload on its own embedded engine (Zeebe Process Test, in-memory) and MariaDB 11.4.",
        "Simulated agents and customers look at the inbox and the ticket every 5–50 ms (backing off while nothing changes), "
            + "claim and answer through InboxService and reply and confirm through CustomerPortalService, as the screens do; "
            + "the bare engine's user-task worker answers the moment the job exists and publishes the customer's message at once.",
        "Every step of the full workflow commits to MariaDB (ticket, conversation, timeline, inbox row, outbox mail) before the job "
            + "completes; in both runs each resolved ticket starts a satisfaction-survey instance that waits on its timer in the engine.",
        "SLA timers: the run's customers live in %s, where a 24/7 business-hours calendar is stored, so business time is real time; "
            .formatted(FullWorkflowRun.ZONE)
            + "at-risk timers fire after the at-risk fraction of each target (breach timers lie hours away and do not fire). "
            + "%d SLA timers were armed, %d fired; the others were cancelled by the agent's answer.".formatted(timersArmed, timersFired),
        "Full workflow: %d of %d tickets closed; bare engine: %d of %d.".formatted(full.completed(), tickets, bare.completed(), tickets)));
    if (maxMinutes > 0) {
      notes.add("Each run stopped starting tickets after %d minutes (--max-minutes) and finished the ones in flight; "
          .formatted(maxMinutes) + "the rates are over the tickets each run started.");
    }
    failures.forEach((failure, count) -> notes.add("Full workflow: %d ticket(s) failed at %s".formatted(count, failure)));
    bareFailures.forEach((failure, count) -> notes.add("Bare engine: %d ticket(s) failed: %s".formatted(count, failure)));
    return notes;
  }

  static void say(String line) {
    System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
  }

  private WorkflowBenchmark() {}
}
