package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FuzzReportTest {

  private static FuzzReport report(List<String> failures, Map<String, Long> after, List<String> writeChecks) {
    TreeMap<String, java.util.SortedMap<Integer, Integer>> statuses = new TreeMap<>();
    statuses.put("intake", new TreeMap<>(Map.of(400, 15, 413, 2)));
    return new FuzzReport(Instant.parse("2026-11-27T09:24:05Z"), 7, 17, "2 cores", statuses, failures,
        Map.of("ticket", 2L), after, writeChecks);
  }

  @Test
  void a_run_passes_only_without_wrong_answers_with_unchanged_rows_and_exact_writes() {
    assertThat(report(List.of(), Map.of("ticket", 2L), List.of("OK tickets")).passed()).isTrue();
    assertThat(report(List.of("case 1: server error 500"), Map.of("ticket", 2L), List.of("OK tickets")).passed()).isFalse();
    assertThat(report(List.of(), Map.of("ticket", 3L), List.of("OK tickets")).passed()).isFalse();
    assertThat(report(List.of(), Map.of("ticket", 2L), List.of("WRONG tickets")).passed()).isFalse();
  }

  @Test
  void the_markdown_lists_answers_by_kind_the_row_counts_and_the_wrong_answers_in_a_dated_file() {
    FuzzReport report = report(List.of("case 42 (wrong type): expected a 4xx, got 201"), Map.of("ticket", 3L), List.of("OK tickets"));

    assertThat(report.fileName()).isEqualTo("intake-fuzz-2026-11-27-092405.md");
    assertThat(report.markdown())
        .contains("**Verdict: FAILED**")
        .contains("| intake | 17 | 400 × 15, 413 × 2 |")
        .contains("| ticket | 2 | 3 |")
        .contains("- case 42 (wrong type): expected a 4xx, got 201");
  }
}
