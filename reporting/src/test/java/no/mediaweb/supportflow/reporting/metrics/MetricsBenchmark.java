package no.mediaweb.supportflow.reporting.metrics;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.reporting.CommandDatabase;
import no.mediaweb.supportflow.reporting.CommandOptions;
import no.mediaweb.supportflow.ticket.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bin/benchmark-metrics}: times the dashboard's queries on the summary tables against the
 * same figures computed by GROUP BY over the tickets (RawMetrics), checks that both give identical
 * figures, prints a table and writes it to {@code target/metrics-benchmark-<date>.md}. Exits 1 when
 * a figure differs or the dashboard as a whole is less than 20 times faster.
 */
public final class MetricsBenchmark {

  static final double GOAL = 20.0;

  private record Case(String name, Supplier<Object> summary, Supplier<Object> raw) {}

  private record Timing(String name, double summaryMillis, double rawMillis, boolean identical) {
    double speedUp() {
      return rawMillis / Math.max(summaryMillis, 0.001);
    }
  }

  private MetricsBenchmark() {}

  public static void main(String[] args) throws IOException {
    CommandOptions options;
    try {
      options = CommandOptions.parse(args, Set.of("repeat", "url", "user", "password"));
    } catch (IllegalArgumentException e) {
      System.err.println("benchmark-metrics: " + e.getMessage());
      System.exit(2);
      return;
    }
    int repeat = options.intValue("repeat", 5);
    boolean passed;
    try (CommandDatabase database = CommandDatabase.open(options, false);
        MetricsCommandContext reporting = new MetricsCommandContext(database.dataSource())) {
      JdbcClient jdbc = JdbcClient.create(database.dataSource());
      long tickets = jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single();
      MetricsReport report = reporting.bean(MetricsReport.class);
      List<YearMonth> months = report.computedMonths();
      if (months.size() < 12) {
        System.err.printf(
            "benchmark-metrics: %s holds %,d tickets and %d computed months; run bin/generate-tickets first%n",
            database.description(), tickets, months.size());
        System.exit(2);
        return;
      }
      System.out.printf(
          "benchmark-metrics: %,d tickets, %d computed months (%s to %s) in %s; each query %d times%n",
          tickets, months.size(), months.getLast(), months.getFirst(), database.description(), repeat);
      List<Timing> timings = new ArrayList<>();
      for (Case c : cases(report, reporting.bean(RawMetrics.class), months.getFirst())) {
        timings.add(measure(c, repeat));
        Timing t = timings.getLast();
        System.out.printf("  %-44s %9.1f ms %10.1f ms %8.0f×  %s%n", t.name(), t.summaryMillis(), t.rawMillis(),
            t.speedUp(), t.identical() ? "identical" : "DIFFERENT");
      }
      String table = table(timings, tickets, months.getFirst(), repeat, database.description());
      passed = timings.stream().allMatch(Timing::identical) && overall(timings) >= GOAL;
      System.out.println();
      System.out.print(table);
      Path file = Path.of("target", "metrics-benchmark-" + LocalDate.now() + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, table);
      System.out.println("Report written to " + file.toAbsolutePath());
    }
    System.exit(passed ? 0 : 1);
  }

  private static List<Case> cases(MetricsReport report, RawMetrics raw, YearMonth month) {
    MetricsFilter all = MetricsFilter.of(month);
    String team = report.teams().getFirst();
    String agent = report.agents(month).stream().filter(a -> !a.isEmpty()).findFirst().orElseThrow();
    List<Case> cases = new ArrayList<>();
    for (MetricsFilter filter :
        List.of(
            all,
            all.withPlan(Plan.PRO),
            all.withPlan(Plan.STARTER).withChannel(Channel.EMAIL),
            all.withTeam(team),
            all.withAgent(agent))) {
      cases.add(new Case("Month: " + describe(filter), () -> report.figures(filter), () -> raw.figures(filter)));
    }
    for (MetricsFilter filter : List.of(all, all.withPlan(Plan.ENTERPRISE))) {
      cases.add(
          new Case(
              "12-month trend: " + describe(filter),
              () -> report.trend(filter, 12),
              () -> {
                List<MonthFigures> trend = new ArrayList<>();
                for (int i = 11; i >= 0; i--) {
                  trend.add(raw.figures(filter.withMonth(month.minusMonths(i))));
                }
                return trend;
              }));
    }
    cases.add(
        new Case(
            "Breakdown by plan and channel",
            () -> report.breakdown(all, Dimension.PLAN, Dimension.CHANNEL).stream().map(Segment::figures).toList(),
            () -> {
              List<MonthFigures> segments = new ArrayList<>();
              for (Segment segment : report.breakdown(all, Dimension.PLAN, Dimension.CHANNEL)) {
                segments.add(
                    raw.figures(
                        all.withPlan(Plan.valueOf(segment.keys().get(Dimension.PLAN)))
                            .withChannel(Channel.valueOf(segment.keys().get(Dimension.CHANNEL)))));
              }
              return segments;
            }));
    return cases;
  }

  private static String describe(MetricsFilter filter) {
    List<String> parts = new ArrayList<>();
    if (filter.plan() != null) {
      parts.add(filter.plan().label());
    }
    if (filter.channel() != null) {
      parts.add(filter.channel().name().toLowerCase());
    }
    if (filter.team() != null) {
      parts.add("team " + filter.team());
    }
    if (filter.agent() != null) {
      parts.add("agent " + filter.agent());
    }
    return parts.isEmpty() ? "all tickets" : String.join(", ", parts);
  }

  private static Timing measure(Case c, int repeat) {
    Object summary = c.summary().get();
    Object raw = c.raw().get();
    double[] summaryMillis = new double[repeat];
    double[] rawMillis = new double[Math.max(1, (repeat + 1) / 2)];
    for (int i = 0; i < summaryMillis.length; i++) {
      summaryMillis[i] = time(c.summary());
    }
    for (int i = 0; i < rawMillis.length; i++) {
      rawMillis[i] = time(c.raw());
    }
    return new Timing(c.name(), median(summaryMillis), median(rawMillis), same(summary, raw));
  }

  private static double time(Supplier<Object> query) {
    long started = System.nanoTime();
    Objects.requireNonNull(query.get());
    return (System.nanoTime() - started) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Figures are identical when every component is; decimals compare by value, not by scale. */
  static boolean same(Object a, Object b) {
    if (a instanceof List<?> left && b instanceof List<?> right) {
      if (left.size() != right.size()) {
        return false;
      }
      for (int i = 0; i < left.size(); i++) {
        if (!same(left.get(i), right.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof MonthFigures left && b instanceof MonthFigures right) {
      for (RecordComponent component : MonthFigures.class.getRecordComponents()) {
        Object x = value(component, left);
        Object y = value(component, right);
        boolean equal =
            x instanceof BigDecimal dx && y instanceof BigDecimal dy ? dx.compareTo(dy) == 0 : Objects.equals(x, y);
        if (!equal) {
          System.out.printf("    %s differs: summary %s, raw %s (%s)%n", component.getName(), x, y, left.month());
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  private static Object value(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double overall(List<Timing> timings) {
    double summary = timings.stream().mapToDouble(Timing::summaryMillis).sum();
    double raw = timings.stream().mapToDouble(Timing::rawMillis).sum();
    return raw / Math.max(summary, 0.001);
  }

  private static String table(List<Timing> timings, long tickets, YearMonth month, int repeat, String database) {
    StringBuilder out = new StringBuilder();
    out.append("# Metrics dashboard benchmark, ").append(LocalDate.now()).append("\n\n");
    out.append("%,d tickets; latest month %s; %s; %d cores, Java %s; median of %d runs (raw: %d).%n%n"
        .formatted(tickets, month, database, Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"), repeat, Math.max(1, (repeat + 1) / 2)));
    out.append("| Dashboard query | Summary tables | Raw GROUP BY | Speed-up | Figures |\n");
    out.append("| --- | ---: | ---: | ---: | --- |\n");
    for (Timing t : timings) {
      out.append("| %s | %.1f ms | %.1f ms | %.0f× | %s |%n".formatted(t.name(), t.summaryMillis(), t.rawMillis(),
          t.speedUp(), t.identical() ? "identical" : "DIFFERENT"));
    }
    double summary = timings.stream().mapToDouble(Timing::summaryMillis).sum();
    double raw = timings.stream().mapToDouble(Timing::rawMillis).sum();
    boolean identical = timings.stream().allMatch(Timing::identical);
    out.append("| **Whole dashboard** | **%.1f ms** | **%.1f ms** | **%.0f×** | %s |%n%n".formatted(summary, raw,
        overall(timings), identical ? "identical" : "DIFFERENT"));
    out.append("Goal: at least %.0f× faster with identical figures: %s.%n".formatted(GOAL,
        identical && overall(timings) >= GOAL ? "MET" : "NOT MET"));
    return out.toString();
  }
}
