package no.mediaweb.supportflow.reporting.generator;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * What to generate: {@code tickets} tickets created over {@code months} calendar months (in
 * {@code zone}) starting with {@code firstMonth}, worked by {@code agents}. Nothing happens after
 * {@code now}; a ticket whose resolution would fall after it stays open, unless {@code
 * resolveEverything}, which resolves and closes every ticket before {@code now} (the local run's
 * history must not leave tickets without a workflow behind them waiting for anyone).
 */
public record HistoryPlan(
    int tickets,
    YearMonth firstMonth,
    int months,
    ZoneId zone,
    Instant now,
    long seed,
    List<GeneratedAgent> agents,
    List<String> reviewers,
    boolean resolveEverything) {

  public HistoryPlan {
    if (tickets < 1) {
      throw new IllegalArgumentException("tickets must be at least 1");
    }
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1");
    }
    if (agents.isEmpty() || reviewers.isEmpty()) {
      throw new IllegalArgumentException("agents and reviewers are needed");
    }
    if (!firstMonth.plusMonths(months).atDay(1).atStartOfDay(zone).toInstant().isBefore(now.plusSeconds(1))) {
      throw new IllegalArgumentException("the generated months must end before now");
    }
    agents = List.copyOf(agents);
    reviewers = List.copyOf(reviewers);
  }

  /** The {@code months} whole months before the one {@code now} is in. */
  public static YearMonth firstMonthBefore(Instant now, ZoneId zone, int months) {
    return YearMonth.from(now.atZone(zone)).minusMonths(months);
  }
}
