package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Goal;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Machine;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Memory;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.RunFigures;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.Settings;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.WorkerSettings;
import org.junit.jupiter.api.Test;

class WorkflowBenchmarkReportTest {

  private static final Instant STARTED = Instant.parse("2026-11-27T09:05:07.123Z");

  private static WorkflowBenchmarkReport report(double fullSeconds, Percentiles inbox, Percentiles late) {
    return new WorkflowBenchmarkReport(
        STARTED,
        new Machine(2, "OpenJDK 25", "Linux"),
        new Settings(2000, 32, 7, 16, 0.0002, new WorkerSettings(true, 1, 32)),
        new RunFigures(2000, 2000, fullSeconds, new Percentiles(2000, 900, 4000, 5000)),
        new RunFigures(2000, 2000, 100, new Percentiles(2000, 300, 900, 1000)),
        inbox, late, new Memory(400, 2048, 210), List.of("The bare engine ran first."));
  }

  @Test
  void the_throughput_ratio_is_the_full_rate_over_the_bare_engine_rate_and_its_gap_is_stated() {
    WorkflowBenchmarkReport report =
        report(500, new Percentiles(10, 40, 120, 130), new Percentiles(5, 100, 900, 950));

    assertThat(report.throughputRatio()).isEqualTo(0.2);
    Goal throughput = report.goals().getFirst();
    assertThat(throughput.met()).isFalse();
    assertThat(throughput.measured()).isEqualTo("0.20×");
    assertThat(throughput.gap()).isEqualTo("0.30× short");
    assertThat(report.allGoalsMet()).isFalse();
  }

  @Test
  void every_goal_is_met_when_each_figure_is_within_its_bound() {
    WorkflowBenchmarkReport report =
        report(150, new Percentiles(10, 40, 250, 260), new Percentiles(5, 100, 5000, 5100));

    assertThat(report.goals()).allMatch(Goal::met);
    assertThat(report.markdown()).doesNotContain("NOT MET");
  }

  @Test
  void an_inbox_p99_over_250_ms_is_not_met_by_the_difference_and_no_timer_samples_is_not_met() {
    WorkflowBenchmarkReport report = report(150, new Percentiles(10, 40, 710, 800), Percentiles.NONE);

    assertThat(report.goals().get(1).gap()).isEqualTo("460 ms over");
    assertThat(report.goals().get(2).measured()).isEqualTo("nothing measured");
    assertThat(report.goals().get(2).met()).isFalse();
  }

  @Test
  void the_markdown_names_the_settings_the_machine_the_figures_and_the_verdicts_in_a_dated_file() {
    WorkflowBenchmarkReport report = report(500, new Percentiles(10, 40, 710, 800), new Percentiles(5, 100, 900, 950));

    assertThat(report.fileName()).isEqualTo("workflow-benchmark-2026-11-27-090507.md");
    assertThat(report.markdown())
        .contains("| Tickets | 2000 |")
        .contains("| Job streaming | true |")
        .contains("| Job worker execution threads | 1 |")
        .contains("| Max active jobs per worker | 32 |")
        .contains("2 cores, OpenJDK 25")
        .contains("| Completed tickets/s | 4.0 | 20.0 |")
        .contains("| Start to close, p99 | 4000 ms | 900 ms |")
        .contains("| Full workflow ÷ bare engine throughput | ≥ 0.5× | 0.20× | NOT MET (0.30× short) |")
        .contains("| Human task in the inbox, p99 | ≤ 250 ms | 710 ms | NOT MET (460 ms over) |")
        .contains("| SLA timers late, p99 | ≤ 5000 ms | 900 ms | MET |")
        .contains("| Embedded mariadbd RSS | 210 MB | — |")
        .contains("- The bare engine ran first.");
  }
}
