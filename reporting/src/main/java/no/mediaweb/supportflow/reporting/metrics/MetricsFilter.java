package no.mediaweb.supportflow.reporting.metrics;

import java.time.YearMonth;
import java.util.Objects;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;

/**
 * Which figures to read: a month and optional plan, channel, team and agent (null = all). Agent
 * {@code ""} means tickets nobody owns.
 */
public record MetricsFilter(YearMonth month, Plan plan, Channel channel, String team, String agent) {

  public MetricsFilter {
    Objects.requireNonNull(month, "month");
  }

  public static MetricsFilter of(YearMonth month) {
    return new MetricsFilter(month, null, null, null, null);
  }

  public MetricsFilter withMonth(YearMonth month) {
    return new MetricsFilter(month, plan, channel, team, agent);
  }

  public MetricsFilter withPlan(Plan plan) {
    return new MetricsFilter(month, plan, channel, team, agent);
  }

  public MetricsFilter withChannel(Channel channel) {
    return new MetricsFilter(month, plan, channel, team, agent);
  }

  public MetricsFilter withTeam(String team) {
    return new MetricsFilter(month, plan, channel, team, agent);
  }

  public MetricsFilter withAgent(String agent) {
    return new MetricsFilter(month, plan, channel, team, agent);
  }
}
