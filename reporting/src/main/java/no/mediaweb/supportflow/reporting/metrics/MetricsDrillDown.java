package no.mediaweb.supportflow.reporting.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.reporting.metrics.MetricDefinitions.Cohort;
import no.mediaweb.supportflow.ticket.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets behind a number, read from the ticket tables with the summary's own definitions. The
 * escalation figure lists one row per escalation (a ticket escalated twice appears twice).
 */
@Service
public class MetricsDrillDown {

  private final JdbcClient jdbc;
  private final ReportingProperties properties;
  private final MetricsAccess access;

  MetricsDrillDown(JdbcClient jdbc, ReportingProperties properties, MetricsAccess access) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.access = access;
  }

  /**
   * @param tier with {@link Metric#ESCALATIONS} only: the tier reached ({@code NONE} = none), null = all
   * @param reason with {@link Metric#ESCALATIONS} only: the escalation reason, null = all
   */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public DrillPage tickets(MetricsFilter filter, Metric metric, String tier, String reason, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("offset must be >= 0 and limit between 1 and 1000");
    }
    MetricsFilter scoped = access.scoped(filter);
    Cohort cohort = MetricDefinitions.cohortOf(metric);
    Map<String, Object> parameters = MetricDefinitions.parameters(
        properties.startOf(scoped.month()), properties.endOf(scoped.month()), scoped);
    StringBuilder where = new StringBuilder(" WHERE ")
        .append(MetricDefinitions.filterCondition(scoped))
        .append(" AND ")
        .append(MetricDefinitions.conditionOf(metric));
    if (metric == Metric.ESCALATIONS && tier != null) {
      where.append(" AND x.tier = :tier");
      parameters.put("tier", tier);
    }
    if (metric == Metric.ESCALATIONS && reason != null) {
      where.append(" AND x.reason = :reason");
      parameters.put("reason", reason);
    }
    String rows = "(" + cohort.rows() + ") x";
    long total = jdbc.sql("SELECT COUNT(*) FROM " + rows + where).params(parameters).query(Long.class).single();
    parameters.put("offset", offset);
    parameters.put("limit", limit);
    var tickets = jdbc.sql("SELECT x.ticket_id, x.plan, x.channel, x.agent, t.number, t.subject, t.status, t.created_at,"
            + " t.first_responded_at, t.resolved_at FROM " + rows + " JOIN ticket t ON t.id = x.ticket_id" + where
            + " ORDER BY t.created_at, t.id LIMIT :limit OFFSET :offset")
        .params(parameters)
        .query((rs, n) -> new DrillTicket(
            rs.getLong("ticket_id"),
            rs.getString("number"),
            rs.getString("subject"),
            Plan.valueOf(rs.getString("plan")),
            Channel.valueOf(rs.getString("channel")),
            rs.getString("agent"),
            rs.getString("status"),
            instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("first_responded_at")),
            instant(rs.getTimestamp("resolved_at"))))
        .list();
    return new DrillPage(total, tickets);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
