package no.mediaweb.supportflow.reporting.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Writes ticket history straight into the tables the workflow fills (ticket, customer, escalation,
 * survey, qa_review, ticket_sla_pause), in batches, with explicit ids so child rows need no
 * round trip. The distributions follow a small support team's reality: most tickets on Starter,
 * e-mail and the web form, log-normal response and resolution times around each plan's targets,
 * busy weekdays and quiet weekends, growth over the year. The same plan and seed give the same rows.
 */
public class TicketHistoryGenerator {

  private static final int BATCH = 2_000;
  private static final int TICKETS_PER_CUSTOMER = 40;
  private static final String[] PLANS = {"STARTER", "PRO", "ENTERPRISE"};
  private static final double[] PLAN_SHARE = {0.55, 0.33, 0.12};
  private static final String[] CHANNELS = {"WEB", "EMAIL", "API"};
  private static final double[][] CHANNEL_SHARE_BY_PLAN = {{0.55, 0.40, 0.05}, {0.50, 0.30, 0.20}, {0.35, 0.25, 0.40}};
  private static final String[] PRIORITIES = {"LOW", "NORMAL", "HIGH", "CRITICAL"};
  private static final double[] PRIORITY_SHARE = {0.20, 0.55, 0.20, 0.05};
  private static final String[] CATEGORIES = {
    "HOW_TO", "OTHER", "PERFORMANCE", "BILLING", "SITE_DOWN", "SECURITY_BREACH", "DATA_LOSS", "PAYMENT_FAILURE",
    "LEGAL_COMPLIANCE"
  };
  private static final double[] CATEGORY_SHARE = {0.32, 0.20, 0.12, 0.12, 0.09, 0.04, 0.04, 0.05, 0.02};
  private static final String[][] SUBJECTS = {
    {"How do I connect my own domain?", "Changing the gallery layout", "Adding a contact form"},
    {"Question about my portfolio", "Something looks different", "Need help with my site"},
    {"Gallery pages load slowly", "Images take long to appear", "Slow editor"},
    {"Charged twice this month", "Invoice address is wrong", "Refund for the annual plan"},
    {"My site is down", "Site shows a 502 error", "Nobody can reach my portfolio"},
    {"Someone logged into my account", "Suspicious login e-mail", "Password changed without me"},
    {"Projects disappeared from my portfolio", "Lost all gallery images", "Page content reverted"},
    {"Checkout fails for my clients", "Payments are declined", "Card payments stopped"},
    {"GDPR data request from a visitor", "Cookie consent not shown", "Need a data processing agreement"}
  };
  private static final String[] AGENT_REASONS = {
    "BEYOND_FIRST_LEVEL", "INTEGRATION_API", "PERFORMANCE", "ACCOUNT_SECURITY", "ENGINEERING_DEFECT",
    "BILLING_DISPUTE", "CONTRACT_ISSUE", "FEATURE_REQUEST"
  };
  private static final double[] AGENT_REASON_SHARE = {0.32, 0.14, 0.12, 0.07, 0.11, 0.10, 0.04, 0.10};
  private static final String[] AGENT_REASON_TIER = {"L2", "L2", "L3", "L3", "L3", "MANAGEMENT", "MANAGEMENT", "PRODUCT"};
  private static final double[] DAY_WEIGHT = {1.25, 1.20, 1.15, 1.10, 1.00, 0.35, 0.30};

  private final DataSource dataSource;

  public TicketHistoryGenerator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public GeneratedHistory generate(HistoryPlan plan, GenerationProgress progress) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      return new Run(connection, plan, progress).write();
    } catch (SQLException e) {
      throw new IllegalStateException("Generating the ticket history failed: " + e.getMessage(), e);
    }
  }

  private static final class Run {

    private final Connection connection;
    private final HistoryPlan plan;
    private final GenerationProgress progress;
    private final SplittableRandom random;
    private final Instant start;
    private final Instant end;
    private final long[] customerIdsStart = new long[PLANS.length];
    private final int[] customersPerPlan = new int[PLANS.length];
    private long nextTicketId;
    private long nextEscalationId;
    private long nextQaTaskKey;
    private long scorecardId;
    private long customers;
    private long escalations;
    private long surveys;
    private long qaReviews;
    private long pauses;

    Run(Connection connection, HistoryPlan plan, GenerationProgress progress) {
      this.connection = connection;
      this.plan = plan;
      this.progress = progress;
      this.random = new SplittableRandom(plan.seed());
      this.start = plan.firstMonth().atDay(1).atStartOfDay(plan.zone()).toInstant();
      this.end = plan.firstMonth().plusMonths(plan.months()).atDay(1).atStartOfDay(plan.zone()).toInstant();
    }

    GeneratedHistory write() throws SQLException {
      prepareIds();
      ensureAgents();
      writeCustomers();
      connection.commit();
      try (Batches batches = new Batches(connection)) {
        for (int written = 0; written < plan.tickets(); ) {
          int size = Math.min(BATCH, plan.tickets() - written);
          for (int i = 0; i < size; i++) {
            writeTicket(batches);
          }
          batches.flush();
          connection.commit();
          written += size;
          progress.written(written, plan.tickets());
        }
      }
      return new GeneratedHistory(plan.tickets(), customers, escalations, surveys, qaReviews, pauses);
    }

    private void prepareIds() throws SQLException {
      nextTicketId = single("SELECT COALESCE(MAX(id), 0) + 1 FROM ticket");
      nextEscalationId = Math.max(single("SELECT COALESCE(MAX(id), 0) + 1 FROM escalation"), 1L << 50);
      nextQaTaskKey = Math.max(single("SELECT COALESCE(MAX(task_key), 0) + 1 FROM qa_review"), 1L << 50);
      scorecardId = single("SELECT MAX(id) FROM scorecard");
    }

    private long single(String sql) throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }

    private void ensureAgents() throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              """
              INSERT IGNORE INTO app_user (username, display_name, password_hash, roles, task_groups, active, created_at)
              VALUES (?, ?, '{noop}disabled', 'AGENT', ?, FALSE, ?)
              """)) {
        for (GeneratedAgent agent : plan.agents()) {
          insert.setString(1, agent.username());
          insert.setString(2, agent.displayName());
          insert.setString(3, agent.taskGroup());
          insert.setTimestamp(4, Timestamp.from(start));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }

    private void writeCustomers() throws SQLException {
      long first = single("SELECT COALESCE(MAX(id), 0) + 1 FROM customer");
      long run = single("SELECT COUNT(*) FROM customer") + 1;
      int total = Math.max(PLANS.length, plan.tickets() / TICKETS_PER_CUSTOMER);
      String[] zones = {"Europe/Oslo", "Europe/Madrid", "Europe/London", "America/New_York", "Europe/Berlin"};
      try (PreparedStatement insert =
          connection.prepareStatement(
              """
              INSERT INTO customer (id, account_email, name, company, plan, time_zone, language, created_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)
              """)) {
        long id = first;
        for (int p = 0; p < PLANS.length; p++) {
          customerIdsStart[p] = id;
          customersPerPlan[p] = Math.max(1, (int) Math.round(total * PLAN_SHARE[p]));
          for (int i = 0; i < customersPerPlan[p]; i++, id++) {
            String zone = zones[random.nextInt(zones.length)];
            insert.setLong(1, id);
            insert.setString(2, "customer-%d-%d@history.mediaweb.test".formatted(run, id));
            insert.setString(3, "Customer %d".formatted(id));
            insert.setString(4, p == 2 ? "Studio %d AS".formatted(id) : null);
            insert.setString(5, PLANS[p]);
            insert.setString(6, zone);
            insert.setString(7, zone.equals("Europe/Madrid") ? "es" : "en");
            insert.setTimestamp(8, Timestamp.from(start.minus(Duration.ofDays(30))));
            insert.addBatch();
            if (id % BATCH == 0) {
              insert.executeBatch();
            }
          }
        }
        insert.executeBatch();
        customers = id - first;
      }
    }

    private void writeTicket(Batches batches) throws SQLException {
      long id = nextTicketId++;
      int planIndex = pick(PLAN_SHARE);
      String planName = PLANS[planIndex];
      long customerId = customerIdsStart[planIndex] + random.nextInt(customersPerPlan[planIndex]);
      String channel = CHANNELS[pick(CHANNEL_SHARE_BY_PLAN[planIndex])];
      String priority = PRIORITIES[pick(PRIORITY_SHARE)];
      if (planIndex == 0 && priority.equals("CRITICAL")) {
        priority = "HIGH";
      }
      int categoryIndex = pick(CATEGORY_SHARE);
      String category = CATEGORIES[categoryIndex];
      boolean emergency = priority.equals("CRITICAL") && categoryIndex >= 4;
      GeneratedAgent agent = plan.agents().get(random.nextInt(plan.agents().size()));
      Instant created = createdAt();

      double targetHours = emergency ? 0.5 : new double[] {24, 4, 2}[planIndex];
      double frMinutes = logNormal(targetHours * 60 * (emergency ? 0.2 : 0.3), 0.9);
      Instant firstResponded = created.plus(minutes(Math.max(1, frMinutes)));
      // business hours stretch a target on the wall clock: nights and weekends do not count
      double allowance = emergency || planIndex == 2 ? 1.0 : 2.2;
      boolean frBreached = frMinutes > targetHours * 60 * allowance;

      boolean waited = random.nextDouble() < 0.30;
      double pauseMinutes = waited ? logNormal(10 * 60, 0.8) : 0;
      double handlingMinutes = logNormal(new double[] {2.5, 1.2, 0.8}[planIndex] * 24 * 60, 1.0);
      Instant resolved = firstResponded.plus(minutes(handlingMinutes + pauseMinutes));
      double resolutionTargetHours = new double[] {5 * 24, 3 * 24, 2 * 24}[planIndex];
      boolean resolutionBreached = handlingMinutes > resolutionTargetHours * 60 * (allowance == 1.0 ? 1.0 : 1.4);
      int reopens = random.nextDouble() < 0.05 ? (random.nextDouble() < 0.15 ? 2 : 1) : 0;
      if (reopens > 0) {
        resolutionBreached |= random.nextDouble() < 0.2;
        resolved = resolved.plus(minutes(logNormal(24 * 60, 0.7) * reopens));
      }
      int agentReplies = 1 + geometric(0.45) + (waited ? 1 : 0) + reopens;

      Instant latest = plan.now().minus(Duration.ofMinutes(5));
      if (firstResponded.isAfter(latest)) {
        firstResponded = plan.resolveEverything() ? between(created, latest) : null;
      }
      if (resolved.isAfter(latest)) {
        resolved = plan.resolveEverything() ? between(firstResponded == null ? created : firstResponded, latest) : null;
      }
      if (firstResponded == null) {
        frBreached = created.plus(minutes(targetHours * 60 * allowance)).isBefore(plan.now());
      }
      Instant closed = resolved == null ? null : resolved.plus(Duration.ofDays(7));
      if (closed != null && closed.isAfter(latest)) {
        closed = plan.resolveEverything() ? between(resolved, latest) : null;
      }
      String status =
          closed != null ? "CLOSED" : resolved != null ? "RESOLVED" : firstResponded != null ? "IN_PROGRESS" : "OPEN";
      String frSla = firstResponded == null ? (frBreached ? "BREACHED" : "ON_TRACK") : frBreached ? "BREACHED" : "MET";
      String resSla = resolved == null ? (resolutionBreached ? "BREACHED" : "ON_TRACK") : resolutionBreached ? "BREACHED" : "MET";
      Instant updated = closed != null ? closed : resolved != null ? resolved : firstResponded != null ? firstResponded : created;

      PreparedStatement ticket = batches.ticket;
      int c = 1;
      ticket.setLong(c++, id);
      ticket.setString(c++, "MW-H%07d".formatted(id));
      ticket.setLong(c++, customerId);
      String[] subjects = SUBJECTS[categoryIndex];
      ticket.setString(c++, subjects[random.nextInt(subjects.length)]);
      ticket.setString(c++, "Generated history: a " + category.toLowerCase().replace('_', ' ') + " request.");
      ticket.setString(c++, priority);
      ticket.setString(c++, status);
      ticket.setString(c++, channel);
      ticket.setString(c++, firstResponded == null ? null : agent.username());
      setInstant(ticket, c++, created.plus(minutes(targetHours * 60 * allowance)));
      setInstant(ticket, c++, created.plus(minutes(targetHours * 60 * allowance * 0.75)));
      setInstant(ticket, c++, created.plus(minutes(resolutionTargetHours * 60 * 1.4 + pauseMinutes)));
      setInstant(ticket, c++, firstResponded);
      setInstant(ticket, c++, resolved);
      setInstant(ticket, c++, closed);
      ticket.setString(c++, closed == null ? null : random.nextDouble() < 0.6 ? "AUTO_CONFIRMED" : "CONFIRMED");
      ticket.setString(c++, frSla);
      ticket.setString(c++, resSla);
      setInstant(ticket, c++, created);
      setInstant(ticket, c++, updated);
      ticket.setString(c++, category);
      ticket.setBoolean(c++, emergency);
      ticket.setInt(c++, resolved == null ? 0 : reopens);
      ticket.setInt(c++, firstResponded == null ? 0 : agentReplies);
      ticket.setBoolean(c, resolutionBreached);
      ticket.addBatch();

      if (waited && firstResponded != null) {
        Instant paused = firstResponded.plus(Duration.ofMinutes(30));
        Instant resumed = paused.plus(minutes(pauseMinutes));
        if (resumed.isBefore(plan.now())) {
          batches.pause.setLong(1, id);
          setInstant(batches.pause, 2, paused);
          setInstant(batches.pause, 3, resumed);
          batches.pause.setString(4, "history:" + id);
          batches.pause.addBatch();
          pauses++;
        }
      }
      if (firstResponded != null) {
        writeEscalations(batches, id, agent, planIndex, emergency, resolutionBreached, firstResponded, resolved);
      }
      if (resolved != null) {
        writeSurvey(batches, id, planName, channel, resolved, resolutionBreached, planIndex);
        writeQaReview(batches, id, agent, resolved);
      }
    }

    private void writeEscalations(
        Batches batches,
        long ticketId,
        GeneratedAgent agent,
        int planIndex,
        boolean emergency,
        boolean resolutionBreached,
        Instant firstResponded,
        Instant resolved) throws SQLException {
      if (emergency) {
        escalation(batches, ticketId, "EMERGENCY", "CRITICAL_EMERGENCY", "WITH_TIER", "L3", firstResponded, resolved);
      }
      if (random.nextDouble() < new double[] {0.05, 0.08, 0.11}[planIndex]) {
        int reason = pick(AGENT_REASON_SHARE);
        boolean rejected = random.nextDouble() < 0.12;
        escalation(
            batches,
            ticketId,
            "AGENT",
            AGENT_REASONS[reason],
            rejected ? "REJECTED" : resolved == null ? "WITH_TIER" : "RESOLVED",
            rejected ? null : AGENT_REASON_TIER[reason],
            firstResponded.plus(minutes(logNormal(6 * 60, 0.8))),
            resolved);
      }
      if (resolutionBreached && random.nextDouble() < 0.5) {
        escalation(batches, ticketId, "SLA_BREACH", "SLA_BREACH", "RESOLVED", "MANAGEMENT",
            firstResponded.plus(minutes(logNormal(30 * 60, 0.5))), resolved);
      }
    }

    private void escalation(
        Batches batches,
        long ticketId,
        String trigger,
        String reason,
        String state,
        String tier,
        Instant at,
        Instant resolved) throws SQLException {
      if (resolved != null && at.isAfter(resolved)) {
        at = resolved.minus(Duration.ofMinutes(10));
      }
      if (at.isAfter(plan.now())) {
        return;
      }
      long id = nextEscalationId++;
      PreparedStatement insert = batches.escalation;
      insert.setLong(1, id);
      insert.setString(2, "history:" + id);
      insert.setLong(3, ticketId);
      insert.setString(4, trigger);
      insert.setString(5, reason);
      insert.setString(6, trigger.equals("AGENT") ? "Needs the next tier" : null);
      insert.setString(7, trigger.equals("AGENT") ? "agent" : "Workflow");
      insert.setString(8, state);
      insert.setString(9, tier);
      insert.setString(10, tier == null ? null : tierQueue(tier));
      insert.setBoolean(11, trigger.equals("AGENT"));
      setInstant(insert, 12, at);
      setInstant(insert, 13, resolved == null ? at : resolved);
      insert.addBatch();
      escalations++;
    }

    private static String tierQueue(String tier) {
      return switch (tier) {
        case "L2" -> "l2-specialists";
        case "L3" -> "l3-engineering";
        case "PRODUCT" -> "product-team";
        default -> "managers";
      };
    }

    private void writeSurvey(
        Batches batches, long ticketId, String planName, String channel, Instant resolved, boolean breached, int planIndex)
        throws SQLException {
      Instant sent = resolved.plus(Duration.ofDays(1));
      if (random.nextDouble() >= 0.85 || sent.isAfter(plan.now())) {
        return;
      }
      Instant expires = sent.plus(Duration.ofDays(7));
      boolean answered = random.nextDouble() < new double[] {0.34, 0.40, 0.47}[planIndex];
      Instant answeredAt = answered ? sent.plus(minutes(logNormal(8 * 60, 1.0))) : null;
      if (answeredAt != null && (answeredAt.isAfter(expires) || answeredAt.isAfter(plan.now()))) {
        answered = false;
        answeredAt = null;
      }
      boolean ended = answered || expires.isBefore(plan.now());
      int score = breached ? 1 + pick(new double[] {0.18, 0.15, 0.22, 0.25, 0.20}) : 1 + pick(new double[] {0.04, 0.04, 0.10, 0.28, 0.54});
      PreparedStatement insert = batches.survey;
      insert.setLong(1, ticketId);
      insert.setString(2, planName);
      insert.setString(3, channel);
      setInstant(insert, 4, resolved);
      setInstant(insert, 5, sent);
      setInstant(insert, 6, expires);
      if (answered) {
        setInstant(insert, 7, answeredAt);
        insert.setInt(8, score);
        insert.setString(9, "ANSWERED");
        setInstant(insert, 10, answeredAt);
        insert.setBoolean(11, score <= 2);
      } else {
        setInstant(insert, 7, null);
        insert.setNull(8, Types.TINYINT);
        insert.setString(9, ended ? "NO_RESPONSE" : null);
        setInstant(insert, 10, ended ? expires : null);
        insert.setBoolean(11, false);
      }
      insert.addBatch();
      surveys++;
    }

    private void writeQaReview(Batches batches, long ticketId, GeneratedAgent agent, Instant resolved)
        throws SQLException {
      Instant submitted = resolved.plus(Duration.ofDays(2 + random.nextInt(8)));
      if (random.nextDouble() >= 0.04 || submitted.isAfter(plan.now())) {
        return;
      }
      boolean criticalFailed = random.nextDouble() < 0.04;
      double score = Math.max(20, Math.min(100, 84 + 9 * gaussian()));
      score = Math.round(score * 4) / 4.0;
      PreparedStatement insert = batches.qaReview;
      insert.setLong(1, nextQaTaskKey++);
      insert.setLong(2, ticketId);
      insert.setString(3, agent.username());
      insert.setString(4, plan.reviewers().get(random.nextInt(plan.reviewers().size())));
      insert.setLong(5, scorecardId);
      insert.setBigDecimal(6, java.math.BigDecimal.valueOf(score).setScale(2));
      insert.setString(7, criticalFailed || score < 70 ? "FAILED" : "PASSED");
      insert.setBoolean(8, criticalFailed);
      setInstant(insert, 9, submitted);
      insert.addBatch();
      qaReviews++;
    }

    /** A moment in the generated months: more tickets as the year goes on, on weekdays and by day. */
    private Instant createdAt() {
      double span = Duration.between(start, end).toSeconds();
      while (true) {
        double u = random.nextDouble();
        // 2 % growth a month: density rises linearly from 1 to 1 + 0.02 * months
        double growth = 0.02 * plan.months();
        double position = growth == 0 ? u : (Math.sqrt(1 + growth * (2 + growth) * u) - 1) / growth;
        Instant candidate = start.plusSeconds((long) (position * span));
        ZonedDateTime local = candidate.atZone(plan.zone());
        double hourWeight = local.getHour() >= 8 && local.getHour() < 18 ? 1.0 : local.getHour() >= 6 && local.getHour() < 22 ? 0.45 : 0.12;
        double weight = DAY_WEIGHT[local.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()] * hourWeight;
        if (random.nextDouble() * 1.25 <= weight) {
          return candidate;
        }
      }
    }

    private Instant between(Instant from, Instant to) {
      long seconds = Math.max(1, Duration.between(from, to).toSeconds());
      return from.plusSeconds(1 + (long) (random.nextDouble() * (seconds - 1)));
    }

    private int pick(double[] shares) {
      double u = random.nextDouble();
      double sum = 0;
      for (int i = 0; i < shares.length; i++) {
        sum += shares[i];
        if (u < sum) {
          return i;
        }
      }
      return shares.length - 1;
    }

    private int geometric(double p) {
      int n = 0;
      while (random.nextDouble() > p && n < 8) {
        n++;
      }
      return n;
    }

    private double logNormal(double median, double sigma) {
      return median * Math.exp(sigma * gaussian());
    }

    private double gaussian() {
      double u1 = 1 - random.nextDouble();
      double u2 = random.nextDouble();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static Duration minutes(double minutes) {
      return Duration.ofSeconds((long) (minutes * 60));
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
      if (instant == null) {
        statement.setNull(index, Types.TIMESTAMP);
      } else {
        statement.setTimestamp(index, Timestamp.from(instant));
      }
    }
  }

  /** The prepared inserts of one run; flushed together so a batch commits whole. */
  private static final class Batches implements AutoCloseable {

    final PreparedStatement ticket;
    final PreparedStatement pause;
    final PreparedStatement escalation;
    final PreparedStatement survey;
    final PreparedStatement qaReview;
    private final List<PreparedStatement> all = new ArrayList<>();

    Batches(Connection connection) throws SQLException {
      ticket =
          add(connection.prepareStatement(
              """
              INSERT INTO ticket (id, number, customer_id, subject, description, priority, status, channel, assignee,
                first_response_due_at, first_response_at_risk_at, resolution_due_at, first_responded_at, resolved_at,
                closed_at, close_reason, first_response_sla, resolution_sla, created_at, updated_at, version, category,
                emergency, reopen_count, agent_reply_count, resolution_breached)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
              """));
      pause =
          add(connection.prepareStatement(
              "INSERT INTO ticket_sla_pause (ticket_id, paused_at, resumed_at, pause_key) VALUES (?, ?, ?, ?)"));
      escalation =
          add(connection.prepareStatement(
              """
              INSERT INTO escalation (id, escalation_key, ticket_id, trigger_kind, reason, note, requested_by, state,
                tier, queue, approval_required, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """));
      survey =
          add(connection.prepareStatement(
              """
              INSERT INTO survey (ticket_id, process_instance_key, plan, channel, created_at, sent_at, expires_at,
                answered_at, score, outcome, ended_at, followup_needed)
              VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """));
      qaReview =
          add(connection.prepareStatement(
              """
              INSERT INTO qa_review (task_key, kind, ticket_id, agent, reviewer, scorecard_id, score, result,
                critical_failed, submitted_at)
              VALUES (?, 'SAMPLE', ?, ?, ?, ?, ?, ?, ?, ?)
              """));
    }

    private PreparedStatement add(PreparedStatement statement) {
      all.add(statement);
      return statement;
    }

    void flush() throws SQLException {
      for (PreparedStatement statement : all) {
        statement.executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement statement : all) {
        statement.close();
      }
    }
  }
}
