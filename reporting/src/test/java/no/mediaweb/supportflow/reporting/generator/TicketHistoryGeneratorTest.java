package no.mediaweb.supportflow.reporting.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs the generator against its own database on the shared embedded server. */
class TicketHistoryGeneratorTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
  private static final List<GeneratedAgent> AGENTS =
      List.of(
          new GeneratedAgent("gen-agent-1", "Agent One", "l1-agents"),
          new GeneratedAgent("gen-agent-2", "Agent Two", "l1-agents"),
          new GeneratedAgent("gen-specialist", "Specialist", "l2-specialists"));

  private static HikariDataSource dataSource;
  private static JdbcClient jdbc;

  @BeforeAll
  static void database() {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(
        EmbeddedServices.database().jdbcUrl().replace("/supportflow?", "/generator_test?") + "&rewriteBatchedStatements=true");
    dataSource.setUsername(EmbeddedServices.database().username());
    jdbc = JdbcClient.create(dataSource);
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  private void freshSchema() {
    Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
    Flyway.configure().dataSource(dataSource).load().migrate();
  }

  private GeneratedHistory generate(int tickets, long seed, boolean resolveEverything, List<Long> progress) {
    HistoryPlan plan =
        new HistoryPlan(
            tickets, YearMonth.of(2025, 10), 13, OSLO, NOW, seed, AGENTS, List.of("gen-qa"), resolveEverything);
    return new TicketHistoryGenerator(dataSource).generate(plan, (done, total) -> progress.add(done));
  }

  @Test
  void writes_the_planned_tickets_inside_the_months_with_consistent_times_and_reports_progress() {
    freshSchema();
    List<Long> progress = new ArrayList<>();

    GeneratedHistory history = generate(5_000, 7, false, progress);

    assertThat(history.tickets()).isEqualTo(5_000);
    assertThat(progress).containsExactly(2_000L, 4_000L, 5_000L);
    assertThat(count("SELECT COUNT(*) FROM ticket")).isEqualTo(5_000);
    Instant from = YearMonth.of(2025, 10).atDay(1).atStartOfDay(OSLO).toInstant();
    Instant to = YearMonth.of(2026, 11).atDay(1).atStartOfDay(OSLO).toInstant();
    assertThat(count("SELECT COUNT(*) FROM ticket WHERE created_at < :from OR created_at >= :to", from, to)).isZero();
    assertThat(count(
            """
            SELECT COUNT(*) FROM ticket WHERE first_responded_at < created_at OR resolved_at < first_responded_at
              OR closed_at < resolved_at OR resolved_at > :now OR closed_at > :now OR updated_at > :now
            """,
            NOW))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM survey s JOIN ticket t ON t.id = s.ticket_id WHERE s.sent_at < t.resolved_at"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM survey WHERE sent_at > :now OR answered_at > :now", NOW)).isZero();
    assertThat(count("SELECT COUNT(*) FROM qa_review WHERE submitted_at > :now", NOW)).isZero();
    assertThat(count("SELECT COUNT(*) FROM escalation WHERE created_at > :now", NOW)).isZero();
    assertThat(count("SELECT COUNT(*) FROM survey")).isEqualTo(history.surveys());
    assertThat(count("SELECT COUNT(*) FROM escalation")).isEqualTo(history.escalations());
    assertThat(count("SELECT COUNT(*) FROM qa_review")).isEqualTo(history.qaReviews());
    assertThat(count("SELECT COUNT(*) FROM ticket_sla_pause")).isEqualTo(history.pauses());
    assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'gen-%' AND active = FALSE")).isEqualTo(3);
  }

  @Test
  void follows_the_plan_and_channel_mix_and_grows_over_the_year() {
    freshSchema();
    generate(5_000, 11, false, new ArrayList<>());

    Map<String, Long> byPlan = countsBy("SELECT c.plan AS k, COUNT(*) AS n FROM ticket t JOIN customer c ON c.id = t.customer_id GROUP BY c.plan");
    assertThat(byPlan.get("STARTER")).isBetween(2_500L, 3_000L);
    assertThat(byPlan.get("PRO")).isBetween(1_450L, 1_850L);
    assertThat(byPlan.get("ENTERPRISE")).isBetween(450L, 750L);
    assertThat(countsBy("SELECT channel AS k, COUNT(*) AS n FROM ticket GROUP BY channel")).containsOnlyKeys("WEB", "EMAIL", "API");
    long firstMonth = count("SELECT COUNT(*) FROM ticket WHERE created_at < '2025-11-01'");
    long lastMonth = count("SELECT COUNT(*) FROM ticket WHERE created_at >= '2026-10-01'");
    assertThat(lastMonth).isGreaterThan(firstMonth);
    assertThat(count("SELECT COUNT(*) FROM ticket WHERE priority = 'CRITICAL' AND customer_id IN (SELECT id FROM customer WHERE plan = 'STARTER')"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM ticket WHERE reopen_count > 0")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM ticket WHERE resolution_breached")).isPositive();
  }

  @Test
  void the_same_seed_writes_the_same_history() {
    freshSchema();
    generate(1_000, 3, false, new ArrayList<>());
    String first = fingerprint();
    freshSchema();
    generate(1_000, 3, false, new ArrayList<>());

    assertThat(fingerprint()).isEqualTo(first);
  }

  @Test
  void resolving_everything_leaves_every_ticket_closed() {
    freshSchema();
    generate(2_000, 5, true, new ArrayList<>());

    assertThat(count("SELECT COUNT(*) FROM ticket WHERE status <> 'CLOSED' OR closed_at IS NULL")).isZero();
  }

  @Test
  void refuses_months_that_do_not_end_before_now() {
    assertThatThrownBy(
            () -> new HistoryPlan(10, YearMonth.of(2026, 11), 1, OSLO, NOW, 1, AGENTS, List.of("qa"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before now");
  }

  private String fingerprint() {
    return jdbc.sql(
            """
            SELECT CONCAT(COUNT(*), ':', SUM(CRC32(CONCAT_WS('|', number, customer_id, priority, channel, assignee,
              created_at, first_responded_at, resolved_at, reopen_count, agent_reply_count, resolution_breached))))
            FROM ticket
            """)
        .query(String.class)
        .single();
  }

  private long count(String sql, Instant... instants) {
    var statement = jdbc.sql(sql);
    String[] names = {"from", "to"};
    for (int i = 0; i < instants.length; i++) {
      statement = statement.param(sql.contains(":now") ? "now" : names[i], Timestamp.from(instants[i]));
    }
    return statement.query(Long.class).single();
  }

  private Map<String, Long> countsBy(String sql) {
    Map<String, Long> counts = new java.util.HashMap<>();
    jdbc.sql(sql).query(rs -> {
      counts.put(rs.getString("k"), rs.getLong("n"));
    });
    return counts;
  }
}
