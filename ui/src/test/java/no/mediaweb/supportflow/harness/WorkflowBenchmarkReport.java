package no.mediaweb.supportflow.harness;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one workload run against the bare-engine baseline, the goals of issue 7 with
 * their verdicts, rendered for the console and as the dated Markdown report.
 */
public record WorkflowBenchmarkReport(
    Instant startedAt,
    Machine machine,
    Settings settings,
    RunFigures full,
    RunFigures baseline,
    Percentiles inboxLatency,
    Percentiles slaTimerLateness,
    Memory memory,
    List<String> notes) {

  public static final double THROUGHPUT_RATIO_GOAL = 0.5;
  public static final double INBOX_P99_GOAL_MILLIS = 250;
  public static final double SLA_LATE_P99_GOAL_MILLIS = 5_000;

  public record Machine(int cores, String javaVersion, String os) {
    public static Machine current() {
      return new Machine(
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.vm.name") + " " + Runtime.version(),
          System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }
  }

  /** Client job-worker settings, read from the application's Camunda client configuration. */
  public record WorkerSettings(boolean streaming, int executionThreads, int maxJobsActive) {}

  public record Settings(
      int tickets, int concurrency, long seed, int agents, double atRiskFraction, WorkerSettings workers) {}

  /** One run: tickets started and closed, wall time from the first start to the last close. */
  public record RunFigures(int started, int completed, double seconds, Percentiles startToClose) {
    public double throughput() {
      return seconds <= 0 ? 0 : completed / seconds;
    }
  }

  public record Memory(long heapUsedMb, long heapMaxMb, long databaseRssMb) {}

  public record Goal(String name, String target, String measured, boolean met, String gap) {}

  public double throughputRatio() {
    return baseline.throughput() == 0 ? 0 : full.throughput() / baseline.throughput();
  }

  public List<Goal> goals() {
    double ratio = throughputRatio();
    Goal throughput =
        new Goal(
            "Full workflow ÷ bare engine throughput", "≥ 0.5×", "%.2f×".formatted(ratio), ratio >= THROUGHPUT_RATIO_GOAL,
            ratio >= THROUGHPUT_RATIO_GOAL ? "" : "%.2f× short".formatted(THROUGHPUT_RATIO_GOAL - ratio));
    return List.of(throughput, percentileGoal("Human task in the inbox, p99", inboxLatency, INBOX_P99_GOAL_MILLIS),
        percentileGoal("SLA timers late, p99", slaTimerLateness, SLA_LATE_P99_GOAL_MILLIS));
  }

  private static Goal percentileGoal(String name, Percentiles measured, double goalMillis) {
    String target = "≤ " + millis(goalMillis);
    if (measured.isEmpty()) {
      return new Goal(name, target, "nothing measured", false, "no samples");
    }
    boolean met = measured.p99() <= goalMillis;
    return new Goal(name, target, millis(measured.p99()), met, met ? "" : millis(measured.p99() - goalMillis) + " over");
  }

  public boolean allGoalsMet() {
    return goals().stream().allMatch(Goal::met);
  }

  /** {@code target/workflow-benchmark-<date>-<time>.md} in UTC. */
  public String fileName() {
    return "workflow-benchmark-%s.md".formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt));
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Workflow benchmark, ").append(DateTimeFormatter.ISO_INSTANT.format(startedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))).append("\n\n");
    md.append("## Settings\n\n| setting | value |\n| --- | --- |\n");
    row(md, "Tickets", Integer.toString(settings.tickets()));
    row(md, "Concurrency (tickets in flight)", Integer.toString(settings.concurrency()));
    row(md, "Seed", Long.toString(settings.seed()));
    row(md, "Simulated agents", Integer.toString(settings.agents()));
    row(md, "SLA at-risk fraction", Double.toString(settings.atRiskFraction()));
    row(md, "Job streaming", Boolean.toString(settings.workers().streaming()));
    row(md, "Job worker execution threads", Integer.toString(settings.workers().executionThreads()));
    row(md, "Max active jobs per worker", Integer.toString(settings.workers().maxJobsActive()));
    row(md, "Machine", "%d cores, %s, %s".formatted(machine.cores(), machine.javaVersion(), machine.os()));
    md.append("\n## Figures\n\n| figure | full workflow | bare engine |\n| --- | ---: | ---: |\n");
    md.append("| Tickets completed | %d of %d | %d of %d |\n".formatted(full.completed(), full.started(), baseline.completed(), baseline.started()));
    md.append("| Wall time | %.1f s | %.1f s |\n".formatted(full.seconds(), baseline.seconds()));
    md.append("| Completed tickets/s | %.1f | %.1f |\n".formatted(full.throughput(), baseline.throughput()));
    md.append("| Start to close, p50 | %s | %s |\n".formatted(millis(full.startToClose().p50()), millis(baseline.startToClose().p50())));
    md.append("| Start to close, p99 | %s | %s |\n".formatted(millis(full.startToClose().p99()), millis(baseline.startToClose().p99())));
    md.append("| Human task created → in the inbox, p50 / p99 (%d tasks) | %s / %s | — |\n"
        .formatted(inboxLatency.count(), millis(inboxLatency.p50()), millis(inboxLatency.p99())));
    md.append("| SLA timer late, p50 / p99 / max (%d fired) | %s / %s / %s | — |\n"
        .formatted(slaTimerLateness.count(), millis(slaTimerLateness.p50()), millis(slaTimerLateness.p99()), millis(slaTimerLateness.max())));
    md.append("| JVM heap used (of max) | %d MB (of %d MB) | — |\n".formatted(memory.heapUsedMb(), memory.heapMaxMb()));
    md.append("| Embedded mariadbd RSS | %d MB | — |\n".formatted(memory.databaseRssMb()));
    md.append("\n## Goals\n\n| goal | target | measured | verdict |\n| --- | --- | ---: | --- |\n");
    for (Goal goal : goals()) {
      md.append("| %s | %s | %s | %s |\n".formatted(goal.name(), goal.target(), goal.measured(), verdict(goal)));
    }
    if (!notes.isEmpty()) {
      md.append("\n## Reading the figures\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    return md.toString();
  }

  /** The console summary: the figures and the verdicts, one line each. */
  public String console() {
    StringBuilder out = new StringBuilder("\n=== Workflow benchmark ===\n");
    out.append("full workflow: %d/%d tickets in %.1f s = %.1f tickets/s; start to close p50 %s, p99 %s%n"
        .formatted(full.completed(), full.started(), full.seconds(), full.throughput(), millis(full.startToClose().p50()), millis(full.startToClose().p99())));
    out.append("bare engine:   %d/%d tickets in %.1f s = %.1f tickets/s; start to close p50 %s, p99 %s%n"
        .formatted(baseline.completed(), baseline.started(), baseline.seconds(), baseline.throughput(), millis(baseline.startToClose().p50()), millis(baseline.startToClose().p99())));
    out.append("inbox: p50 %s, p99 %s (%d tasks); SLA timers late: p50 %s, p99 %s (%d fired)%n"
        .formatted(millis(inboxLatency.p50()), millis(inboxLatency.p99()), inboxLatency.count(), millis(slaTimerLateness.p50()), millis(slaTimerLateness.p99()), slaTimerLateness.count()));
    out.append("memory: heap %d MB of %d MB, mariadbd RSS %d MB%n".formatted(memory.heapUsedMb(), memory.heapMaxMb(), memory.databaseRssMb()));
    for (Goal goal : goals()) {
      out.append("goal %-42s %-8s measured %-10s %s%n".formatted(goal.name(), goal.target(), goal.measured(), verdict(goal)));
    }
    return out.toString();
  }

  private static String verdict(Goal goal) {
    return goal.met() ? "MET" : "NOT MET (" + goal.gap() + ")";
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  static String millis(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    return value >= 10_000 ? String.format(Locale.ROOT, "%.1f s", value / 1000) : String.format(Locale.ROOT, "%.0f ms", value);
  }
}
