package no.mediaweb.supportflow.reporting.metrics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Writes customers, tickets and what happened to them straight into the tables the metrics read. */
@Component
public class MetricsFixture {

  private final JdbcClient jdbc;
  private final StaffDirectory staff;

  MetricsFixture(JdbcClient jdbc, StaffDirectory staff) {
    this.jdbc = jdbc;
    this.staff = staff;
  }

  public void staff(String username, Role role, String taskGroup) {
    staff.createIfAbsent(username, "Staff " + username, "secret", List.of(role), taskGroup == null ? List.of() : List.of(taskGroup));
  }

  public static void logInAs(String username, Role role) {
    SecurityContextHolder.getContext()
        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
  }

  public static void logOut() {
    SecurityContextHolder.clearContext();
  }

  public long customer(Plan plan) {
    String email = "metrics-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    jdbc.sql("INSERT INTO customer (account_email, name, company, plan, time_zone, language, created_at)"
            + " VALUES (:email, :name, NULL, :plan, 'Europe/Oslo', 'en', :now)")
        .param("email", email)
        .param("name", "Customer " + email)
        .param("plan", plan.name())
        .param("now", Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")))
        .update();
    return jdbc.sql("SELECT id FROM customer WHERE account_email = :email").param("email", email).query(Long.class).single();
  }

  public TicketRow ticket(long customerId, Instant createdAt) {
    return new TicketRow(customerId, createdAt);
  }

  /** A ticket as the workflow would have left it; unset times stay NULL. */
  public final class TicketRow {
    private final long customerId;
    private final Instant createdAt;
    private Channel channel = Channel.WEB;
    private String assignee;
    private Instant firstRespondedAt;
    private String firstResponseSla = "ON_TRACK";
    private Instant resolvedAt;
    private Instant closedAt;
    private String resolutionSla = "ON_TRACK";
    private boolean resolutionBreached;
    private int reopenCount;
    private int agentReplies;

    private TicketRow(long customerId, Instant createdAt) {
      this.customerId = customerId;
      this.createdAt = createdAt;
    }

    public TicketRow channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    public TicketRow assignee(String assignee) {
      this.assignee = assignee;
      return this;
    }

    /** The first reply went out at {@code at}; {@code breached}: past the first-response target. */
    public TicketRow firstResponse(Instant at, boolean breached) {
      this.firstRespondedAt = at;
      this.firstResponseSla = breached ? "BREACHED" : "MET";
      this.agentReplies = Math.max(agentReplies, 1);
      return this;
    }

    public TicketRow agentReplies(int replies) {
      this.agentReplies = replies;
      return this;
    }

    /** Resolved at {@code at}; {@code breached}: the current resolution target was missed. */
    public TicketRow resolved(Instant at, boolean breached) {
      this.resolvedAt = at;
      this.resolutionSla = breached ? "BREACHED" : "MET";
      this.resolutionBreached = resolutionBreached || breached;
      return this;
    }

    /** A resolution target was missed at some point (before a reopen), whatever the current state says. */
    public TicketRow everBreachedResolution() {
      this.resolutionBreached = true;
      return this;
    }

    public TicketRow reopened(int times) {
      this.reopenCount = times;
      return this;
    }

    public TicketRow closed(Instant at) {
      this.closedAt = at;
      return this;
    }

    public long insert() {
      String status = closedAt != null ? "CLOSED"
          : resolvedAt != null ? "RESOLVED"
          : firstRespondedAt != null ? "IN_PROGRESS"
          : "OPEN";
      String number = "MX-" + UUID.randomUUID().toString().substring(0, 12);
      jdbc.sql(
              """
              INSERT INTO ticket (number, customer_id, subject, description, priority, status, channel, assignee,
                first_responded_at, resolved_at, closed_at, first_response_sla, resolution_sla, created_at, updated_at,
                version, reopen_count, agent_reply_count, resolution_breached)
              VALUES (:number, :customer, :subject, 'Metrics fixture', 'NORMAL', :status, :channel, :assignee,
                :fr, :resolved, :closed, :frSla, :resSla, :created, :created, 0, :reopens, :replies, :breached)
              """)
          .param("number", number)
          .param("customer", customerId)
          .param("subject", "Fixture " + number)
          .param("status", status)
          .param("channel", channel.name())
          .param("assignee", assignee)
          .param("fr", ts(firstRespondedAt))
          .param("resolved", ts(resolvedAt))
          .param("closed", ts(closedAt))
          .param("frSla", firstResponseSla)
          .param("resSla", resolutionSla)
          .param("created", ts(createdAt))
          .param("reopens", reopenCount)
          .param("replies", agentReplies)
          .param("breached", resolutionBreached)
          .update();
      return jdbc.sql("SELECT id FROM ticket WHERE number = :number").param("number", number).query(Long.class).single();
    }
  }

  /** The ticket waited on the customer from {@code from} to {@code to}: its SLA clock stood still. */
  public void pause(long ticketId, Instant from, Instant to) {
    jdbc.sql("INSERT INTO ticket_sla_pause (ticket_id, paused_at, resumed_at, pause_key) VALUES (:t, :from, :to, :key)")
        .param("t", ticketId)
        .param("from", ts(from))
        .param("to", ts(to))
        .param("key", "fixture:" + UUID.randomUUID())
        .update();
  }

  /** An escalation started at {@code at}; tier null = it never reached a tier (rejected). */
  public void escalation(long ticketId, Instant at, String tier, String reason) {
    long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    jdbc.sql(
            """
            INSERT INTO escalation (id, escalation_key, ticket_id, trigger_kind, reason, requested_by, state, tier,
              created_at, updated_at)
            VALUES (:id, :key, :t, 'AGENT', :reason, 'fixture', :state, :tier, :at, :at)
            """)
        .param("id", id)
        .param("key", "fixture:" + id)
        .param("t", ticketId)
        .param("reason", reason)
        .param("state", tier == null ? "REJECTED" : "WITH_TIER")
        .param("tier", tier)
        .param("at", ts(at))
        .update();
  }

  /** A survey sent at {@code sentAt} with the plan and channel of that time; score null = no answer. */
  public void survey(long ticketId, Plan plan, Channel channel, Instant sentAt, Integer score) {
    jdbc.sql(
            """
            INSERT INTO survey (ticket_id, process_instance_key, plan, channel, created_at, sent_at, answered_at, score,
              outcome)
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

  /** A review ({@code SAMPLE} or {@code CALIBRATION}) of the ticket's agent; returns its id. */
  public long qaReview(long ticketId, String agent, String kind, String score, String result, Instant submittedAt) {
    long taskKey = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    jdbc.sql(
            """
            INSERT INTO qa_review (task_key, kind, ticket_id, agent, reviewer, scorecard_id, score, result,
              critical_failed, submitted_at)
            VALUES (:key, :kind, :t, :agent, 'fixture-qa', 1, :score, :result, FALSE, :at)
            """)
        .param("key", taskKey)
        .param("kind", kind)
        .param("t", ticketId)
        .param("agent", agent)
        .param("score", new BigDecimal(score))
        .param("result", result)
        .param("at", ts(submittedAt))
        .update();
    return jdbc.sql("SELECT id FROM qa_review WHERE task_key = :key").param("key", taskKey).query(Long.class).single();
  }

  /** The review was disputed and decided ({@code UPHELD}, or {@code ADJUSTED} with the new score and result). */
  public void dispute(long reviewId, String agent, String decision, String adjustedScore, String adjustedResult) {
    jdbc.sql(
            """
            INSERT INTO qa_dispute (review_id, agent, reason, disputed_at, decision, adjusted_score, adjusted_result,
              decision_note, decided_by, decided_at)
            VALUES (:r, :agent, 'I disagree', :at, :decision, :score, :result, 'Decided', 'fixture-lead', :at)
            """)
        .param("r", reviewId)
        .param("agent", agent)
        .param("at", ts(Instant.parse("2020-01-01T00:00:00Z")))
        .param("decision", decision)
        .param("score", adjustedScore == null ? null : new BigDecimal(adjustedScore))
        .param("result", adjustedResult)
        .update();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
