package no.mediaweb.supportflow.harness;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The outcome of a fuzz run: answers by kind of case, every case the server got wrong, and the
 * row counts before and after the refused requests and after the odd but valid ones.
 */
public record FuzzReport(
    Instant startedAt,
    long seed,
    int cases,
    String machine,
    SortedMap<String, SortedMap<Integer, Integer>> statusesByKind,
    List<String> failures,
    Map<String, Long> countsBefore,
    Map<String, Long> countsAfterRefused,
    List<String> writeChecks) {

  public boolean passed() {
    return failures.isEmpty() && countsBefore.equals(countsAfterRefused) && writeChecks.stream().allMatch(c -> c.startsWith("OK"));
  }

  public String fileName() {
    return "intake-fuzz-%s.md".formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt));
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Intake and customer-link fuzz run, ").append(DateTimeFormatter.ISO_INSTANT.format(startedAt.truncatedTo(ChronoUnit.SECONDS)))
        .append("\n\n");
    md.append("Seed ").append(seed).append(", ").append(cases).append(" cases, over real HTTP against the running application. ")
        .append(machine).append(".\n\n");
    md.append("**Verdict: ").append(passed() ? "PASSED" : "FAILED").append("**\n\n");
    md.append("## Answers by kind of case\n\n| kind | cases | answers (status × count) |\n| --- | ---: | --- |\n");
    statusesByKind.forEach((kind, statuses) -> {
      int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder answers = new StringBuilder();
      statuses.forEach((status, count) -> answers.append(answers.isEmpty() ? "" : ", ").append(status).append(" × ").append(count));
      md.append("| ").append(kind).append(" | ").append(total).append(" | ").append(answers).append(" |\n");
    });
    md.append("\n## Rows before and after the refused requests\n\n| table | before | after |\n| --- | ---: | ---: |\n");
    countsBefore.forEach((table, before) ->
        md.append("| ").append(table).append(" | ").append(before).append(" | ").append(countsAfterRefused.get(table)).append(" |\n"));
    md.append("\n## Writes of the odd but valid requests\n\n");
    writeChecks.forEach(check -> md.append("- ").append(check).append('\n'));
    md.append("\n## Cases the server got wrong\n\n");
    if (failures.isEmpty()) {
      md.append("None.\n");
    } else {
      failures.forEach(failure -> md.append("- ").append(failure).append('\n'));
    }
    return md.toString();
  }
}
