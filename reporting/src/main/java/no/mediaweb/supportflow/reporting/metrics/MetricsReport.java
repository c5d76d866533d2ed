package no.mediaweb.supportflow.reporting.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, read only from the summary tables. Managers, QA and admins see every
 * agent's; an agent sees only their own tickets, whatever filter they pass.
 */
@Service
public class MetricsReport {

  /** Where a summary row belongs: the dimensions a breakdown or trend groups by. */
  private record RowKey(YearMonth month, String plan, String channel, String team, String agent) {}

  private static final String SAME_KEY =
      " JOIN metric_summary x ON x.month = h.month AND x.plan = h.plan AND x.channel = h.channel AND x.agent = h.agent";

  private final JdbcClient jdbc;
  private final MetricsAccess access;

  MetricsReport(JdbcClient jdbc, MetricsAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** The months that have been computed, newest first. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<YearMonth> computedMonths() {
    return jdbc.sql("SELECT month FROM metric_month ORDER BY month DESC")
        .query((rs, n) -> YearMonth.from(rs.getObject("month", LocalDate.class)))
        .list();
  }

  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public MonthFigures figures(MetricsFilter filter) {
    MetricsFilter scoped = access.scoped(filter);
    return sums(scoped, scoped.month(), key -> key.month()).getOrDefault(scoped.month(), new FiguresSum())
        .toFigures(scoped.month());
  }

  /** The figures of the {@code months} months ending with the filter's, oldest first; months without data are zero. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<MonthFigures> trend(MetricsFilter filter, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("A trend needs at least one month");
    }
    MetricsFilter scoped = access.scoped(filter);
    YearMonth first = scoped.month().minusMonths(months - 1);
    Map<YearMonth, FiguresSum> byMonth = sums(scoped, first, RowKey::month);
    List<MonthFigures> trend = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(scoped.month()); month = month.plusMonths(1)) {
      FiguresSum sum = byMonth.get(month);
      trend.add(sum == null ? MonthFigures.empty(month) : sum.toFigures(month));
    }
    return trend;
  }

  /** The month's figures per combination of the given dimensions, ordered by their labels. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<Segment> breakdown(MetricsFilter filter, Dimension... by) {
    MetricsFilter scoped = access.scoped(filter);
    Map<Map<Dimension, String>, FiguresSum> segments = sums(scoped, scoped.month(), key -> {
      Map<Dimension, String> keys = new EnumMap<>(Dimension.class);
      for (Dimension dimension : by) {
        keys.put(dimension, switch (dimension) {
          case PLAN -> key.plan();
          case CHANNEL -> key.channel();
          case TEAM -> key.team();
          case AGENT -> key.agent();
        });
      }
      return keys;
    });
    Map<String, String> names = displayNames();
    return segments.entrySet().stream()
        .map(e -> new Segment(e.getKey(), label(e.getKey(), names), e.getValue().toFigures(scoped.month())))
        .sorted(Comparator.comparing(Segment::label))
        .toList();
  }

  /** Escalations started in the month by tier and reason, most first. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<EscalationCount> escalations(MetricsFilter filter) {
    MetricsFilter scoped = access.scoped(filter);
    return jdbc.sql("SELECT h.tier, h.reason, SUM(h.escalations) AS escalations FROM metric_escalation h" + SAME_KEY
            + " WHERE h.month = :month AND " + MetricDefinitions.filterCondition(scoped)
            + " GROUP BY h.tier, h.reason ORDER BY escalations DESC, h.tier, h.reason")
        .params(MetricDefinitions.filterParameters(scoped))
        .param("month", scoped.month().atDay(1))
        .query((rs, n) -> new EscalationCount(rs.getString("tier"), rs.getString("reason"), rs.getLong("escalations")))
        .list();
  }

  /** The teams that appear in any computed month ('' = no team is left out). */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<String> teams() {
    return jdbc.sql("SELECT DISTINCT team FROM metric_summary WHERE team <> '' ORDER BY team").query(String.class).list();
  }

  /** The agents of a month's figures ('' = unassigned tickets); an agent gets only themselves. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<String> agents(YearMonth month) {
    MetricsFilter scoped = access.scoped(MetricsFilter.of(month));
    return jdbc.sql("SELECT DISTINCT x.agent FROM metric_summary x WHERE x.month = :month AND "
            + MetricDefinitions.filterCondition(scoped) + " ORDER BY x.agent")
        .params(MetricDefinitions.filterParameters(scoped))
        .param("month", month.atDay(1))
        .query(String.class)
        .list();
  }

  private <K> Map<K, FiguresSum> sums(MetricsFilter filter, YearMonth first, Function<RowKey, K> groupBy) {
    Map<String, Object> parameters = MetricDefinitions.filterParameters(filter);
    parameters.put("first", first.atDay(1));
    parameters.put("last", filter.month().atDay(1));
    String where = " WHERE x.month BETWEEN :first AND :last AND " + MetricDefinitions.filterCondition(filter);
    Map<K, FiguresSum> sums = new HashMap<>();
    jdbc.sql("SELECT x.* FROM metric_summary x" + where)
        .params(parameters)
        .query(rs -> {
          sums.computeIfAbsent(groupBy.apply(key(rs)), k -> new FiguresSum()).addSummaryRow(rs);
        });
    jdbc.sql("SELECT x.month, x.plan, x.channel, x.team, x.agent, h.measure, h.bucket, h.tickets"
            + " FROM metric_duration_histogram h" + SAME_KEY + where)
        .params(parameters)
        .query(rs -> {
          sums.computeIfAbsent(groupBy.apply(key(rs)), k -> new FiguresSum())
              .addHistogram(rs.getString("measure"), rs.getInt("bucket"), rs.getLong("tickets"));
        });
    jdbc.sql("SELECT x.* FROM metric_qa x" + where)
        .params(parameters)
        .query(rs -> {
          BigDecimal scoreSum = rs.getBigDecimal("score_sum");
          sums.computeIfAbsent(groupBy.apply(key(rs)), k -> new FiguresSum())
              .addQa(rs.getLong("reviews"), scoreSum, rs.getLong("failed"));
        });
    return sums;
  }

  private static RowKey key(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new RowKey(
        YearMonth.from(rs.getObject("month", LocalDate.class)),
        rs.getString("plan"),
        rs.getString("channel"),
        rs.getString("team"),
        rs.getString("agent"));
  }

  private Map<String, String> displayNames() {
    Map<String, String> names = new HashMap<>();
    jdbc.sql("SELECT username, display_name FROM app_user")
        .query(rs -> {
          names.put(rs.getString("username"), rs.getString("display_name"));
        });
    return names;
  }

  private static String label(Map<Dimension, String> keys, Map<String, String> names) {
    if (keys.isEmpty()) {
      return "All";
    }
    List<String> parts = new ArrayList<>();
    keys.forEach((dimension, value) -> parts.add(switch (dimension) {
      case PLAN -> Plan.valueOf(value).label();
      case CHANNEL -> channelLabel(Channel.valueOf(value));
      case TEAM -> value.isEmpty() ? "No team" : value;
      case AGENT -> value.isEmpty() ? "Unassigned" : names.getOrDefault(value, value);
    }));
    return String.join(" · ", parts);
  }

  static String channelLabel(Channel channel) {
    return switch (channel) {
      case WEB -> "Web form";
      case API -> "API";
      case EMAIL -> "E-mail";
    };
  }
}
