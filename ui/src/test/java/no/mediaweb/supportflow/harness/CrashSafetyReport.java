package no.mediaweb.supportflow.harness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Machine;

/**
 * What a crash-safety run did (kills, restarts, the database outage) and what the end checks found,
 * with the verdict on the goal of issue 7: the requested kills happened, nothing was lost and
 * nothing was recorded twice. Rendered for the console and as the dated Markdown report.
 */
record CrashSafetyReport(
    Instant startedAt,
    Machine machine,
    Settings settings,
    List<KillRecord> kills,
    Optional<Outage> outage,
    Figures figures,
    List<Check> checks,
    List<String> notes) {

  record Settings(int tickets, int concurrency, int kills, long seed, int outageSeconds, int settleMinutes, String jobTimeouts) {}

  /** One kill: when (seconds into the run), how, what the application was doing, how long the restart took. */
  record KillRecord(double atSeconds, KillSchedule.Kind kind, int ticketsOpened, String doing, double restartSeconds) {}

  record Outage(double atSeconds, double seconds, int ticketsOpened, int ticketsNotClosed) {}

  record Figures(int ticketsOpened, int ticketsClosed, double runSeconds, double settleSeconds, int postRetries) {}

  /** What a check counts when it fails: work that disappeared, work done twice, or an inconsistency between records. */
  enum Failure {
    LOST,
    DUPLICATED,
    INCONSISTENT
  }

  /** One end check: {@code offending} items break it; {@code examples} name a few of them. */
  record Check(String name, Failure failure, String expected, String found, int offending, List<String> examples) {
    Check {
      examples = List.copyOf(examples);
    }

    boolean passed() {
      return offending == 0;
    }
  }

  CrashSafetyReport {
    kills = List.copyOf(kills);
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  int lost() {
    return offending(Failure.LOST);
  }

  int duplicated() {
    return offending(Failure.DUPLICATED);
  }

  private int offending(Failure failure) {
    return checks.stream().filter(check -> check.failure() == failure).mapToInt(Check::offending).sum();
  }

  /** The goal: every requested kill happened, and every check passed (0 lost, 0 duplicated, nothing inconsistent). */
  boolean goalMet() {
    return kills.size() >= settings.kills() && checks.stream().allMatch(Check::passed);
  }

  /** {@code crash-safety-<date>-<time>.md} in UTC. */
  String fileName() {
    return "crash-safety-%s.md".formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt));
  }

  String goalLine() {
    return "%d of %d kills, %d lost, %d duplicated, %d inconsistent → %s"
        .formatted(kills.size(), settings.kills(), lost(), duplicated(), offending(Failure.INCONSISTENT), goalMet() ? "MET" : "NOT MET");
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Crash safety, ").append(DateTimeFormatter.ISO_INSTANT.format(startedAt.truncatedTo(ChronoUnit.SECONDS))).append("\n\n");
    md.append("## Settings\n\n| setting | value |\n| --- | --- |\n");
    row(md, "Tickets", Integer.toString(settings.tickets()));
    row(md, "Tickets in flight", Integer.toString(settings.concurrency()));
    row(md, "Kills (SIGKILL of the application process)", Integer.toString(settings.kills()));
    row(md, "Seed", Long.toString(settings.seed()));
    row(md, "Database outage", settings.outageSeconds() > 0 ? settings.outageSeconds() + " s" : "none");
    row(md, "Settle timeout", settings.settleMinutes() + " min");
    row(md, "Job timeouts", settings.jobTimeouts());
    row(md, "Machine", "%d cores, %s, %s".formatted(machine.cores(), machine.javaVersion(), machine.os()));
    md.append("\n## Goal\n\n| goal | measured | verdict |\n| --- | --- | --- |\n");
    md.append("| %d kills in a %d-ticket run, 0 lost, 0 duplicated | %d kills, %d lost, %d duplicated, %d inconsistent | %s |\n"
        .formatted(settings.kills(), settings.tickets(), kills.size(), lost(), duplicated(), offending(Failure.INCONSISTENT),
            goalMet() ? "**MET**" : "**NOT MET**"));
    md.append("\nLost, duplicated and inconsistent count the findings of the checks below, summed: a ticket that is not closed "
        + "also counts in the check of its process.\n");
    md.append("\n## Run\n\n| figure | value |\n| --- | ---: |\n");
    row(md, "Tickets opened / closed", "%d / %d".formatted(figures.ticketsOpened(), figures.ticketsClosed()));
    row(md, "Workload (first ticket to last opened ticket done or given up)", seconds(figures.runSeconds()));
    row(md, "Settling (waiting for the rest to close)", seconds(figures.settleSeconds()));
    row(md, "Ticket requests sent again after no answer, a 5xx or a redirect", Integer.toString(figures.postRetries()));
    md.append("\n## Kills\n\n| # | at | kind | tickets opened | the application was | restart |\n| ---: | ---: | --- | ---: | --- | ---: |\n");
    for (int i = 0; i < kills.size(); i++) {
      KillRecord kill = kills.get(i);
      md.append("| %d | %s | %s | %d | %s | %s |\n"
          .formatted(i + 1, seconds(kill.atSeconds()), kill.kind().label(), kill.ticketsOpened(), kill.doing().replace("|", "\\|"),
              seconds(kill.restartSeconds())));
    }
    outage.ifPresent(o -> md.append("\n## Database outage\n\nMariaDB stopped at %s (%d tickets opened, %d not closed) for %s, then started again on its port and data.\n"
        .formatted(seconds(o.atSeconds()), o.ticketsOpened(), o.ticketsNotClosed(), seconds(o.seconds()))));
    md.append("\n## Checks\n\n| check | counts as | expected | found | verdict |\n| --- | --- | --- | --- | --- |\n");
    for (Check check : checks) {
      md.append("| %s | %s | %s | %s | %s |\n"
          .formatted(check.name(), check.failure().name().toLowerCase(Locale.ROOT), check.expected(), check.found(),
              check.passed() ? "ok" : "**FAILED** (" + check.offending() + ")"));
    }
    List<Check> failed = checks.stream().filter(check -> !check.passed() && !check.examples().isEmpty()).toList();
    if (!failed.isEmpty()) {
      md.append("\n## Evidence\n");
      for (Check check : failed) {
        md.append("\n**").append(check.name()).append("**\n\n");
        check.examples().forEach(example -> md.append("- ").append(example).append('\n'));
      }
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    return md.toString();
  }

  String console() {
    StringBuilder out = new StringBuilder("\n=== Crash safety ===\n");
    out.append("tickets: %d opened, %d closed; %d requests sent again after no answer, a 5xx or a redirect; workload %s, settling %s%n"
        .formatted(figures.ticketsOpened(), figures.ticketsClosed(), figures.postRetries(), seconds(figures.runSeconds()), seconds(figures.settleSeconds())));
    for (KillRecord kill : kills) {
      out.append("kill at %s (%s, %d opened): %s; back after %s%n"
          .formatted(seconds(kill.atSeconds()), kill.kind().label(), kill.ticketsOpened(), kill.doing(), seconds(kill.restartSeconds())));
    }
    outage.ifPresent(o -> out.append("database outage at %s for %s%n".formatted(seconds(o.atSeconds()), seconds(o.seconds()))));
    for (Check check : checks) {
      out.append("check %-58s expected %-22s found %-30s %s%n"
          .formatted(check.name(), check.expected(), check.found(), check.passed() ? "ok" : "FAILED (" + check.offending() + ")"));
    }
    out.append("goal: ").append(goalLine()).append('\n');
    return out.toString();
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  static String seconds(double seconds) {
    if (seconds >= 120) {
      Duration duration = Duration.ofMillis(Math.round(seconds * 1000));
      return "%d min %02d s".formatted(duration.toMinutes(), duration.toSecondsPart());
    }
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }
}
