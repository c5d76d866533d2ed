package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Check;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Failure;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Figures;
import no.mediaweb.supportflow.harness.CrashSafetyReport.KillRecord;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Outage;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Settings;
import no.mediaweb.supportflow.harness.KillSchedule.Kind;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Machine;
import org.junit.jupiter.api.Test;

class CrashSafetyReportTest {

  private static final Instant STARTED = Instant.parse("2026-11-27T11:30:05Z");
  private static final Settings SETTINGS = new Settings(1000, 16, 2, 42, 75, 10, "workers PT5M, inbox (user-task jobs) PT720H");
  private static final List<KillRecord> TWO_KILLS = List.of(
      new KillRecord(61.2, Kind.RANDOM, 120, "3 ticket requests in flight, 16 tickets not closed", 31.5),
      new KillRecord(190, Kind.WORKER_COMPLETION, 410, "completing job 2251799813690001 (close-ticket at close-ticket)", 29.0));

  private static CrashSafetyReport report(List<KillRecord> kills, List<Check> checks) {
    return new CrashSafetyReport(STARTED, new Machine(2, "OpenJDK 25", "Linux"), SETTINGS, kills,
        Optional.of(new Outage(900, 75.4, 900, 14)), new Figures(1000, 998, 1200, 95, 37), checks, List.of("a note"));
  }

  private static Check passed(String name, Failure failure) {
    return new Check(name, failure, "0", "0", 0, List.of());
  }

  @Test
  void the_goal_is_met_when_every_kill_happened_and_every_check_passed() {
    CrashSafetyReport report = report(TWO_KILLS, List.of(passed("tickets once", Failure.DUPLICATED), passed("closed", Failure.LOST)));

    assertThat(report.goalMet()).isTrue();
    assertThat(report.goalLine()).isEqualTo("2 of 2 kills, 0 lost, 0 duplicated, 0 inconsistent → MET");
  }

  @Test
  void lost_and_duplicated_items_are_summed_by_kind_and_any_of_them_fails_the_goal() {
    CrashSafetyReport report = report(TWO_KILLS, List.of(
        new Check("closed", Failure.LOST, "all 1000", "998 closed", 2, List.of("T-1 is WORK_IN_PROGRESS")),
        new Check("timeline", Failure.DUPLICATED, "0 repeated", "3 repeated", 3, List.of()),
        new Check("outbox", Failure.DUPLICATED, "0 extra", "1 extra", 1, List.of()),
        new Check("inbox", Failure.INCONSISTENT, "0", "4 of 9 open", 4, List.of())));

    assertThat(report.lost()).isEqualTo(2);
    assertThat(report.duplicated()).isEqualTo(4);
    assertThat(report.goalMet()).isFalse();
    assertThat(report.goalLine()).isEqualTo("2 of 2 kills, 2 lost, 4 duplicated, 4 inconsistent → NOT MET");
  }

  @Test
  void a_run_with_fewer_kills_than_asked_for_does_not_meet_the_goal_even_with_clean_checks() {
    CrashSafetyReport report = report(TWO_KILLS.subList(0, 1), List.of(passed("closed", Failure.LOST)));

    assertThat(report.goalMet()).isFalse();
  }

  @Test
  void the_markdown_report_lists_settings_kills_outage_checks_and_the_evidence_of_failed_checks() {
    CrashSafetyReport report = report(TWO_KILLS, List.of(
        passed("Each workload ticket opened once", Failure.DUPLICATED),
        new Check("Every ticket CLOSED", Failure.LOST, "all 1000", "998 closed", 2, List.of("T-000017 (id 17) is WORK_IN_PROGRESS"))));

    String markdown = report.markdown();

    assertThat(report.fileName()).isEqualTo("crash-safety-2026-11-27-113005.md");
    assertThat(markdown).startsWith("# Crash safety, 2026-11-27T11:30:05Z");
    assertThat(markdown).contains("| Database outage | 75 s |", "| Job timeouts | workers PT5M, inbox (user-task jobs) PT720H |");
    assertThat(markdown).contains("| 2 kills in a 1000-ticket run, 0 lost, 0 duplicated | 2 kills, 2 lost, 0 duplicated, 0 inconsistent | **NOT MET** |");
    assertThat(markdown).contains("| 1 | 61.2 s | random moment | 120 | 3 ticket requests in flight, 16 tickets not closed | 31.5 s |");
    assertThat(markdown).contains("| 2 | 3 min 10 s | worker committed, job not completed | 410 |");
    assertThat(markdown).contains("MariaDB stopped at 15 min 00 s (900 tickets opened, 14 not closed) for 75.4 s");
    assertThat(markdown).contains("| Each workload ticket opened once | duplicated | 0 | 0 | ok |");
    assertThat(markdown).contains("| Every ticket CLOSED | lost | all 1000 | 998 closed | **FAILED** (2) |");
    assertThat(markdown).contains("**Every ticket CLOSED**\n\n- T-000017 (id 17) is WORK_IN_PROGRESS");
    assertThat(markdown).contains("- a note");
  }

  @Test
  void the_console_summary_ends_with_the_goal_line() {
    CrashSafetyReport report = report(TWO_KILLS, List.of(passed("closed", Failure.LOST)));

    assertThat(report.console().strip()).endsWith("goal: 2 of 2 kills, 0 lost, 0 duplicated, 0 inconsistent → MET");
  }
}
