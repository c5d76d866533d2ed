package no.mediaweb.supportflow.reporting.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * metrics-definitions.md as SQL, written once: each cohort is a query with one row per counted item
 * (ticket, survey, escalation or QA review) between {@code :from} and {@code :to}, carrying the
 * plan, channel, agent and team it counts under and the measures of the definitions as columns (0/1
 * flags, minutes, scores). The monthly computation groups these rows, the raw path sums them, the
 * drill-down lists them.
 */
public final class MetricDefinitions {

  /** The agent's team: the display name of the queue of the agent's first task group ('' = none). */
  static String teamOf(String agentExpression) {
    return """
        COALESCE((SELECT q.display_name FROM app_user u
          JOIN queue_routing q ON q.candidate_group = TRIM(SUBSTRING_INDEX(u.task_groups, ',', 1))
          WHERE u.username = %s), '')"""
        .formatted(agentExpression);
  }

  private static final String TICKET_AGENT = "COALESCE(t.assignee, '')";

  private static final String TICKET_DIMENSIONS =
      "t.id AS ticket_id, c.plan AS plan, t.channel AS channel, %s AS agent, %s AS team"
          .formatted(TICKET_AGENT, teamOf(TICKET_AGENT));

  private static final String FROM_TICKETS = " FROM ticket t JOIN customer c ON c.id = t.customer_id ";

  /** Escalated at least once: agent request, SLA breach or emergency, whatever became of it. */
  static final String ESCALATED = "EXISTS (SELECT 1 FROM escalation e WHERE e.ticket_id = t.id)";

  /** Waited on the customer at least once: the SLA clock was paused. */
  static final String WAITED_ON_CUSTOMER = "EXISTS (SELECT 1 FROM ticket_sla_pause p WHERE p.ticket_id = t.id)";

  static final String FIRST_RESPONSE_MINUTES = "TIMESTAMPDIFF(MINUTE, t.created_at, t.first_responded_at)";

  static final String FIRST_RESPONSE_BREACHED = "t.first_response_sla = 'BREACHED'";

  /** created → (last) resolution. */
  static final String RESOLUTION_MINUTES = "TIMESTAMPDIFF(MINUTE, t.created_at, t.resolved_at)";

  /** Ever past a resolution target; a breach before a reopen stays a breach. */
  static final String RESOLUTION_BREACHED = "(t.resolution_breached = TRUE OR t.resolution_sla = 'BREACHED')";

  static final String REOPENED = "t.reopen_count > 0";

  static final String FIRST_CONTACT =
      "t.agent_reply_count <= 1 AND t.reopen_count = 0 AND NOT " + WAITED_ON_CUSTOMER + " AND NOT " + ESCALATED;

  static final String OPEN_AT_END =
      "t.created_at < :to AND (t.resolved_at IS NULL OR t.resolved_at >= :to) AND (t.closed_at IS NULL OR t.closed_at >= :to)";

  static final String SURVEY_ANSWERED = "s.answered_at IS NOT NULL AND s.score IS NOT NULL";

  static final String QA_SCORE = "COALESCE(d.adjusted_score, r.score)";

  static final String QA_FAILED = "COALESCE(d.adjusted_result, r.result) = 'FAILED'";

  private static String flag(String condition, String column) {
    return "CASE WHEN " + condition + " THEN 1 ELSE 0 END AS " + column;
  }

  private static String sum(String column) {
    return "COALESCE(SUM(x." + column + "), 0) AS " + column;
  }

  /** The cohorts of metrics-definitions.md: their rows and their sums. */
  public enum Cohort {
    CREATED(
        "SELECT " + TICKET_DIMENSIONS + ", " + flag(ESCALATED, "escalated") + FROM_TICKETS
            + "WHERE t.created_at >= :from AND t.created_at < :to",
        "COUNT(*) AS tickets, " + sum("escalated")),
    FIRST_RESPONSE(
        "SELECT " + TICKET_DIMENSIONS + ", " + FIRST_RESPONSE_MINUTES + " AS minutes, "
            + DurationBuckets.sqlCase(FIRST_RESPONSE_MINUTES) + " AS bucket, "
            + flag(FIRST_RESPONSE_BREACHED, "breached") + FROM_TICKETS
            + "WHERE t.first_responded_at >= :from AND t.first_responded_at < :to",
        "COUNT(*) AS tickets, " + sum("minutes") + ", " + sum("breached")),
    RESOLVED(
        "SELECT " + TICKET_DIMENSIONS + ", " + RESOLUTION_MINUTES + " AS minutes, "
            + DurationBuckets.sqlCase(RESOLUTION_MINUTES) + " AS bucket, "
            + flag(RESOLUTION_BREACHED, "breached") + ", " + flag(REOPENED, "reopened") + ", "
            + flag(FIRST_CONTACT, "first_contact") + FROM_TICKETS
            + "WHERE t.resolved_at >= :from AND t.resolved_at < :to",
        "COUNT(*) AS tickets, " + sum("minutes") + ", " + sum("breached") + ", " + sum("reopened") + ", "
            + sum("first_contact")),
    BACKLOG_AT_END("SELECT " + TICKET_DIMENSIONS + FROM_TICKETS + "WHERE " + OPEN_AT_END, "COUNT(*) AS tickets"),
    SURVEY_SENT(
        "SELECT t.id AS ticket_id, s.plan AS plan, s.channel AS channel, " + TICKET_AGENT + " AS agent, "
            + teamOf(TICKET_AGENT) + " AS team, " + flag(SURVEY_ANSWERED, "answered") + ", "
            + "CASE WHEN " + SURVEY_ANSWERED + " THEN s.score ELSE 0 END AS score, "
            + flag(SURVEY_ANSWERED + " AND s.score >= 4", "satisfied") + ", "
            + flag(SURVEY_ANSWERED + " AND s.score <= 3", "unsatisfied")
            + " FROM survey s JOIN ticket t ON t.id = s.ticket_id WHERE s.sent_at >= :from AND s.sent_at < :to",
        "COUNT(*) AS tickets, " + sum("answered") + ", " + sum("score") + ", " + sum("satisfied")),
    ESCALATION_STARTED(
        "SELECT " + TICKET_DIMENSIONS + ", COALESCE(e.tier, 'NONE') AS tier, e.reason AS reason"
            + " FROM escalation e JOIN ticket t ON t.id = e.ticket_id JOIN customer c ON c.id = t.customer_id"
            + " WHERE e.created_at >= :from AND e.created_at < :to",
        "COUNT(*) AS escalations"),
    QA_REVIEWED(
        "SELECT t.id AS ticket_id, c.plan AS plan, t.channel AS channel, r.agent AS agent, " + teamOf("r.agent")
            + " AS team, " + QA_SCORE + " AS score, " + flag(QA_FAILED, "failed")
            + " FROM qa_review r JOIN ticket t ON t.id = r.ticket_id JOIN customer c ON c.id = t.customer_id"
            + " LEFT JOIN qa_dispute d ON d.review_id = r.id AND d.decision = 'ADJUSTED'"
            + " WHERE r.kind = 'SAMPLE' AND r.submitted_at >= :from AND r.submitted_at < :to",
        "COUNT(*) AS reviews, " + sum("score") + ", " + sum("failed"));

    private final String rows;
    private final String sums;

    Cohort(String rows, String sums) {
      this.rows = rows;
      this.sums = sums;
    }

    /** One row per counted item of the period {@code [:from, :to)}. */
    public String rows() {
      return rows;
    }

    /** The cohort's sums over rows aliased {@code x}. */
    public String sums() {
      return sums;
    }
  }

  /** The cohort a countable figure belongs to. */
  public static Cohort cohortOf(Metric metric) {
    return switch (metric) {
      case TICKETS_CREATED, TICKETS_ESCALATED -> Cohort.CREATED;
      case FIRST_RESPONSES, FIRST_RESPONSE_BREACHED -> Cohort.FIRST_RESPONSE;
      case RESOLVED, RESOLUTION_BREACHED, REOPENED, FIRST_CONTACT_RESOLVED -> Cohort.RESOLVED;
      case BACKLOG_AT_END -> Cohort.BACKLOG_AT_END;
      case SURVEYS_SENT, SURVEYS_ANSWERED, SURVEYS_UNSATISFIED -> Cohort.SURVEY_SENT;
      case QA_REVIEWS, QA_FAILED -> Cohort.QA_REVIEWED;
      case ESCALATIONS -> Cohort.ESCALATION_STARTED;
    };
  }

  /** Which of the cohort's rows a figure counts, as a condition on rows aliased {@code x}. */
  public static String conditionOf(Metric metric) {
    return switch (metric) {
      case TICKETS_CREATED, FIRST_RESPONSES, RESOLVED, BACKLOG_AT_END, SURVEYS_SENT, QA_REVIEWS, ESCALATIONS -> "1 = 1";
      case TICKETS_ESCALATED -> "x.escalated = 1";
      case FIRST_RESPONSE_BREACHED, RESOLUTION_BREACHED -> "x.breached = 1";
      case REOPENED -> "x.reopened = 1";
      case FIRST_CONTACT_RESOLVED -> "x.first_contact = 1";
      case SURVEYS_ANSWERED -> "x.answered = 1";
      case SURVEYS_UNSATISFIED -> "x.unsatisfied = 1";
      case QA_FAILED -> "x.failed = 1";
    };
  }

  /** The filter's dimensions as a condition on rows aliased {@code x}, with {@link #parameters}. */
  public static String filterCondition(MetricsFilter filter) {
    StringBuilder where = new StringBuilder("1 = 1");
    if (filter.plan() != null) {
      where.append(" AND x.plan = :plan");
    }
    if (filter.channel() != null) {
      where.append(" AND x.channel = :channel");
    }
    if (filter.team() != null) {
      where.append(" AND x.team = :team");
    }
    if (filter.agent() != null) {
      where.append(" AND x.agent = :agent");
    }
    return where.toString();
  }

  /** The period and the filter's values, for {@link Cohort#rows()} and {@link #filterCondition}. */
  public static Map<String, Object> parameters(Instant from, Instant to, MetricsFilter filter) {
    Map<String, Object> parameters = filterParameters(filter);
    parameters.put("from", Timestamp.from(from));
    parameters.put("to", Timestamp.from(to));
    return parameters;
  }

  /** The filter's values for {@link #filterCondition}. */
  public static Map<String, Object> filterParameters(MetricsFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.plan() != null) {
      parameters.put("plan", filter.plan().name());
    }
    if (filter.channel() != null) {
      parameters.put("channel", filter.channel().name());
    }
    if (filter.team() != null) {
      parameters.put("team", filter.team());
    }
    if (filter.agent() != null) {
      parameters.put("agent", filter.agent());
    }
    return parameters;
  }

  private MetricDefinitions() {}
}
