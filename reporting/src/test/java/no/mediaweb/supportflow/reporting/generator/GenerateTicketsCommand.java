package no.mediaweb.supportflow.reporting.generator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.mediaweb.supportflow.reporting.CommandDatabase;
import no.mediaweb.supportflow.reporting.CommandOptions;
import no.mediaweb.supportflow.reporting.ConsoleProgress;
import no.mediaweb.supportflow.reporting.metrics.MetricsCommandContext;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;

/**
 * {@code bin/generate-tickets}: fills a fresh database with ticket history, then computes every
 * generated month into the summary tables as monthly-metrics would have on each 1st.
 */
public final class GenerateTicketsCommand {

  static final Set<String> OPTIONS = Set.of("tickets", "months", "seed", "zone", "url", "user", "password", "compute-only");

  private GenerateTicketsCommand() {}

  public static void main(String[] args) {
    CommandOptions options;
    try {
      options = CommandOptions.parse(args, OPTIONS);
    } catch (IllegalArgumentException e) {
      System.err.println("generate-tickets: " + e.getMessage());
      System.exit(2);
      return;
    }
    int tickets = options.intValue("tickets", 1_000_000);
    int months = options.intValue("months", 13);
    ZoneId zone = ZoneId.of(options.value("zone", "Europe/Oslo"));
    Instant now = Clock.systemUTC().instant();
    HistoryPlan plan =
        new HistoryPlan(
            tickets,
            HistoryPlan.firstMonthBefore(now, zone, months),
            months,
            zone,
            now,
            options.intValue("seed", 20261127),
            generatedAgents(),
            List.of("history-qa-1", "history-qa-2", "history-qa-3"),
            false);
    if (Boolean.parseBoolean(options.value("compute-only", "false"))) {
      try (CommandDatabase database = CommandDatabase.open(options, false)) {
        computeMonths(database, plan);
      }
      return;
    }
    long started = System.nanoTime();
    try (CommandDatabase database = CommandDatabase.open(options, true)) {
      System.out.printf(
          "generate-tickets: %,d tickets over %d months (%s to %s, %s) into %s%n",
          tickets, months, plan.firstMonth(), plan.firstMonth().plusMonths(months - 1), zone, database.description());
      ConsoleProgress progress = new ConsoleProgress(System.out, "tickets", "tickets");
      GeneratedHistory history = new TicketHistoryGenerator(database.dataSource()).generate(plan, progress::update);
      System.out.printf(
          "generate-tickets: wrote %,d tickets, %,d customers, %,d escalations, %,d surveys, %,d QA reviews, "
              + "%,d customer waits in %s%n",
          history.tickets(), history.customers(), history.escalations(), history.surveys(), history.qaReviews(),
          history.pauses(), ConsoleProgress.format(Duration.ofNanos(System.nanoTime() - started)));
      computeMonths(database, plan);
    }
  }

  /** What monthly-metrics would have done on the 1st of each generated month. */
  private static void computeMonths(CommandDatabase database, HistoryPlan plan) {
    long started = System.nanoTime();
    try (MetricsCommandContext reporting = new MetricsCommandContext(database.dataSource())) {
      MonthlyMetricsCalculator calculator = reporting.bean(MonthlyMetricsCalculator.class);
      ConsoleProgress progress = new ConsoleProgress(System.out, "summary tables", "months");
      for (int i = 0; i < plan.months(); i++) {
        calculator.compute(plan.firstMonth().plusMonths(i), "bin/generate-tickets");
        progress.update(i + 1, plan.months());
      }
    }
    System.out.printf(
        "generate-tickets: computed %d months into the summary tables in %s%n",
        plan.months(), ConsoleProgress.format(Duration.ofNanos(System.nanoTime() - started)));
  }

  /** 22 frontline agents, 5 specialists and 3 engineers: a team the size Mediaweb's could grow to. */
  static List<GeneratedAgent> generatedAgents() {
    List<GeneratedAgent> agents = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      String group = i <= 22 ? "l1-agents" : i <= 27 ? "l2-specialists" : "l3-engineering";
      agents.add(new GeneratedAgent("history-agent-%02d".formatted(i), "History agent %02d".formatted(i), group));
    }
    return agents;
  }
}
