package no.mediaweb.supportflow.ui.metrics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-checked month for the dashboard tests, written straight into the ticket tables and then
 * computed into the summary as monthly-metrics does. Two L1 agents, five tickets:
 *
 * <pre>
 * key  plan     channel agent  first response        resolution                     other
 * t1   Pro      web     alex   30 min, met           same day, met, 1 reply (FCR)   survey 5; QA 90 (passed)
 * t2   Pro      e-mail  alex   2 h, breached         2 days, breached, reopened      survey unanswered
 * t3   Starter  web     bea    1 h, met              open at month end (resolved next month)
 * t4   Starter  API     —      none                  open at month end (resolved next month)
 * t5   Pro      web     bea    10 min, met           next day, met, 3 replies       escalated to L2 (integration)
 * </pre>
 *
 * All plans: created 5, escalation rate 20.0 %, first-response SLA 75.0 % (3 of 4), resolution SLA
 * 66.7 % (2 of 3), reopen rate 33.3 %, FCR 33.3 %, backlog 2, CSAT 5.0, response rate 50.0 %, QA 90.0 %.
 * Pro only: created 3, escalation rate 33.3 %, first-response SLA 66.7 % (2 of 3), backlog 0.
 */
public final class MetricsTestData {

  public static final String PASSWORD = "metrics-password-1";

  /** What was written: the month, the agents' usernames and the ticket numbers by key (t1 … t5). */
  public record Month(YearMonth month, String alex, String bea, Map<String, String> numbers) {

    public List<String> numbers(String... keys) {
      return java.util.Arrays.stream(keys).map(numbers::get).toList();
    }
  }

  private final JdbcClient jdbc;
  private final StaffDirectory staff;
  private final MonthlyMetricsCalculator calculator;

  public MetricsTestData(JdbcClient jdbc, StaffDirectory staff, MonthlyMetricsCalculator calculator) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.calculator = calculator;
  }

  /** Writes the month (once per prefix; later calls return the same numbers) and computes it. */
  public Month write(YearMonth month, String prefix) {
    return write(month, prefix, "test");
  }

  /** As {@link #write(YearMonth, String)}, computed by {@code computedBy} (monthly-metrics/&lt;instance&gt; ties a review task to it). */
  public Month write(YearMonth month, String prefix, String computedBy) {
    String alex = prefix + ".alex";
    String bea = prefix + ".bea";
    staff.createIfAbsent(alex, "Dahl, Alex", PASSWORD, List.of(Role.AGENT), List.of(SupportTicketProcess.GROUP_L1));
    staff.createIfAbsent(bea, "Bea Berg", PASSWORD, List.of(Role.AGENT), List.of(SupportTicketProcess.GROUP_L1));
    Map<String, String> numbers = new LinkedHashMap<>();
    String tag = prefix.toUpperCase().replaceAll("[^A-Z0-9]", "").substring(0, Math.min(4, prefix.length()));
    for (int i = 1; i <= 5; i++) {
      numbers.put("t" + i, "MD-" + tag + "-" + month.getMonthValue() + i);
    }
    if (jdbc.sql("SELECT COUNT(*) FROM ticket WHERE number = :n").param("n", numbers.get("t1")).query(Integer.class).single() == 0) {
      long pro = customer(Plan.PRO, prefix);
      long starter = customer(Plan.STARTER, prefix);
      long t1 = ticket(numbers.get("t1"), pro, Channel.WEB, alex, at(month, 5, 9, 0), at(month, 5, 9, 30), "MET", at(month, 5, 12, 0), "MET", false, 0, 1);
      long t2 = ticket(numbers.get("t2"), pro, Channel.EMAIL, alex, at(month, 6, 10, 0), at(month, 6, 12, 0), "BREACHED", at(month, 8, 10, 0), "BREACHED", true, 1, 2);
      // open at the month's end, resolved in the next month: no later month's backlog counts them
      Instant nextMonth = at(month.plusMonths(1), 3, 12, 0);
      ticket(numbers.get("t3"), starter, Channel.WEB, bea, at(month, 7, 8, 0), at(month, 7, 9, 0), "MET", nextMonth, "MET", false, 0, 1);
      ticket(numbers.get("t4"), starter, Channel.API, null, at(month, 20, 10, 0), null, "ON_TRACK", nextMonth, "MET", false, 0, 0);
      long t5 = ticket(numbers.get("t5"), pro, Channel.WEB, bea, at(month, 10, 10, 0), at(month, 10, 10, 10), "MET", at(month, 11, 10, 0), "MET", false, 0, 3);
      escalation(t5, at(month, 10, 12, 0), "L2", "INTEGRATION_API");
      survey(t1, Plan.PRO, Channel.WEB, at(month, 7, 9, 0), 5);
      survey(t2, Plan.PRO, Channel.EMAIL, at(month, 9, 9, 0), null);
      qaReview(t1, alex, "90.00", "PASSED", at(month, 12, 14, 0));
    }
    calculator.compute(month, computedBy);
    return new Month(month, alex, bea, numbers);
  }

  private static Instant at(YearMonth month, int day, int hour, int minute) {
    return month.atDay(day).atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
  }

  private long customer(Plan plan, String prefix) {
    String email = prefix + "-" + plan.name().toLowerCase() + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
    jdbc.sql("INSERT INTO customer (account_email, name, company, plan, time_zone, language, created_at)"
            + " VALUES (:email, 'Metrics customer', 'Fjord Media AS', :plan, 'Europe/Oslo', 'en', :at)")
        .param("email", email)
        .param("plan", plan.name())
        .param("at", Timestamp.from(Instant.parse("2018-01-01T00:00:00Z")))
        .update();
    return jdbc.sql("SELECT id FROM customer WHERE account_email = :email").param("email", email).query(Long.class).single();
  }

  private long ticket(
      String number, long customer, Channel channel, String assignee, Instant created, Instant firstResponse, String frSla,
      Instant resolved, String resSla, boolean resolutionBreached, int reopens, int replies) {
    String status = resolved != null ? "RESOLVED" : firstResponse != null ? "IN_PROGRESS" : "OPEN";
    jdbc.sql(
            """
            INSERT INTO ticket (number, customer_id, subject, description, priority, status, channel, assignee,
              first_responded_at, resolved_at, closed_at, first_response_sla, resolution_sla, created_at, updated_at,
              version, reopen_count, agent_reply_count, resolution_breached)
            VALUES (:number, :customer, :subject, 'Dashboard fixture', 'NORMAL', :status, :channel, :assignee,
              :fr, :resolved, NULL, :frSla, :resSla, :created, :created, 0, :reopens, :replies, :breached)
            """)
        .param("number", number)
        .param("customer", customer)
        .param("subject", "Dashboard fixture " + number)
        .param("status", status)
        .param("channel", channel.name())
        .param("assignee", assignee)
        .param("fr", ts(firstResponse))
        .param("resolved", ts(resolved))
        .param("frSla", frSla)
        .param("resSla", resSla)
        .param("created", ts(created))
        .param("reopens", reopens)
        .param("replies", replies)
        .param("breached", resolutionBreached)
        .update();
    return jdbc.sql("SELECT id FROM ticket WHERE number = :n").param("n", number).query(Long.class).single();
  }

  private void escalation(long ticketId, Instant at, String tier, String reason) {
    long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    jdbc.sql(
            """
            INSERT INTO escalation (id, escalation_key, ticket_id, trigger_kind, reason, requested_by, state, tier,
              created_at, updated_at)
            VALUES (:id, :key, :t, 'AGENT', :reason, 'fixture', 'WITH_TIER', :tier, :at, :at)
            """)
        .param("id", id)
        .param("key", "dashboard-fixture:" + id)
        .param("t", ticketId)
        .param("reason", reason)
        .param("tier", tier)
        .param("at", ts(at))
        .update();
  }

  private void survey(long ticketId, Plan plan, Channel channel, Instant sentAt, Integer score) {
    jdbc.sql(
            """
            INSERT INTO survey (ticket_id, process_instance_key, plan, channel, created_at, sent_at, answered_at, score, outcome)
            VALUES (:t, :pik, :plan, :channel, :sent, :sent, :answered, :score, :outcome)
            """)
        .param("t", ticketId)
        .param("pik", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))
        .param("plan", plan.name())
        .param("channel", channel.name())
        .param("sent", ts(sentAt))
        .param("answered", score == null ? null : ts(sentAt.plusSeconds(3600)))
        .param("score", score)
        .param("outcome", score == null ? null : "ANSWERED")
        .update();
  }

  private void qaReview(long ticketId, String agent, String score, String result, Instant submittedAt) {
    jdbc.sql(
            """
            INSERT INTO qa_review (task_key, kind, ticket_id, agent, reviewer, scorecard_id, score, result, critical_failed, submitted_at)
            VALUES (:key, 'SAMPLE', :t, :agent, 'dashboard-qa', 1, :score, :result, FALSE, :at)
            """)
        .param("key", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))
        .param("t", ticketId)
        .param("agent", agent)
        .param("score", new BigDecimal(score))
        .param("result", result)
        .param("at", ts(submittedAt))
        .update();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
