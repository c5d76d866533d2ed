package no.mediaweb.supportflow.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.reporting.ReportingTest;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A seeded random quarter (300 tickets created from 20 December 2019 over 100 days, with replies,
 * breaches, reopens, pauses, escalations, surveys and QA reviews with disputes), computed into the
 * summary tables: for every month and many filters, the summary path and the raw path give the same
 * counts, sums and percentiles. Every ticket is closed by mid-2020, so none leaks into the backlog
 * of the later months other tests compute.
 */
@ReportingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryAndRawPathsAgreeTest {

  static final long SEED = 20200101L;
  static final List<YearMonth> MONTHS =
      List.of(YearMonth.of(2019, 12), YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3));
  static final List<String> AGENTS = java.util.Arrays.asList("prop-a", "prop-b", "prop-c", null);
  static final List<String> TIERS = java.util.Arrays.asList("L2", "L3", "MANAGEMENT", null);
  static final List<String> REASONS = List.of("BEYOND_FIRST_LEVEL", "PERFORMANCE", "SLA_BREACH");

  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired MetricsReport report;
  @Autowired RawMetrics raw;
  @Autowired MetricsFixture fixture;
  @Autowired TransactionTemplate transactions;

  @BeforeAll
  void computeARandomQuarter() {
    transactions.executeWithoutResult(status -> insertARandomQuarter());
    MONTHS.forEach(month -> calculator.compute(month, "property-test"));
  }

  private void insertARandomQuarter() {
    fixture.staff("prop-a", Role.AGENT, "l1-agents");
    fixture.staff("prop-b", Role.AGENT, "l1-agents");
    fixture.staff("prop-c", Role.AGENT, "l2-specialists");
    Random random = new Random(SEED);
    List<Long> customers = new ArrayList<>();
    for (Plan plan : Plan.values()) {
      customers.add(fixture.customer(plan));
      customers.add(fixture.customer(plan));
    }
    Instant start = Instant.parse("2019-12-20T00:00:00Z");
    for (int i = 0; i < 300; i++) {
      Instant created = start.plus(Duration.ofMinutes(random.nextInt(100 * 24 * 60)));
      String agent = AGENTS.get(random.nextInt(AGENTS.size()));
      MetricsFixture.TicketRow row = fixture.ticket(customers.get(random.nextInt(customers.size())), created)
          .channel(Channel.values()[random.nextInt(Channel.values().length)])
          .assignee(agent);
      Instant firstResponse = null;
      Instant resolved = null;
      if (random.nextDouble() < 0.85) {
        firstResponse = created.plus(Duration.ofMinutes(randomMinutes(random)));
        row.firstResponse(firstResponse, random.nextDouble() < 0.2).agentReplies(1 + random.nextInt(3));
        if (random.nextDouble() < 0.75) {
          resolved = firstResponse.plus(Duration.ofMinutes(randomMinutes(random)));
          int reopens = random.nextDouble() < 0.15 ? 1 + random.nextInt(2) : 0;
          row.reopened(reopens).resolved(resolved, random.nextDouble() < 0.2);
          if (reopens > 0 && random.nextBoolean()) {
            row.everBreachedResolution();
          }
        }
      }
      Instant closed = resolved != null
          ? resolved.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)))
          : Instant.parse("2020-04-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(80 * 24 * 60)));
      long ticket = row.closed(closed).insert();
      if (random.nextDouble() < 0.2) {
        fixture.pause(ticket, created.plusSeconds(600), created.plusSeconds(7200));
      }
      if (random.nextDouble() < 0.15) {
        fixture.escalation(ticket, created.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))),
            TIERS.get(random.nextInt(TIERS.size())), REASONS.get(random.nextInt(REASONS.size())));
      }
      if (resolved != null && random.nextDouble() < 0.5) {
        Integer score = random.nextDouble() < 0.4 ? null : 1 + random.nextInt(5);
        fixture.survey(ticket, Plan.values()[random.nextInt(3)], Channel.values()[random.nextInt(3)],
            resolved.plus(Duration.ofHours(24)), score);
      }
      if (agent != null && random.nextDouble() < 0.3) {
        BigDecimal score = BigDecimal.valueOf(4000 + random.nextInt(6001), 2);
        String result = score.compareTo(new BigDecimal("75")) < 0 ? "FAILED" : "PASSED";
        long review = fixture.qaReview(ticket, agent, random.nextDouble() < 0.1 ? "CALIBRATION" : "SAMPLE",
            score.toPlainString(), result, closed.plus(Duration.ofHours(random.nextInt(48))));
        if (random.nextDouble() < 0.3) {
          boolean adjust = random.nextBoolean();
          BigDecimal adjusted = score.add(new BigDecimal("10.00")).min(new BigDecimal("100.00"));
          fixture.dispute(review, agent, adjust ? "ADJUSTED" : "UPHELD", adjust ? adjusted.toPlainString() : null,
              adjust ? (adjusted.compareTo(new BigDecimal("75")) < 0 ? "FAILED" : "PASSED") : null);
        }
      }
    }
  }

  /** Minutes to minutes-long, hours-long or days-long waits. */
  private static int randomMinutes(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> random.nextInt(60);
      case 1 -> 60 + random.nextInt(600);
      default -> 600 + random.nextInt(6 * 24 * 60);
    };
  }

  @BeforeEach
  void logIn() {
    MetricsFixture.logInAs("prop-manager", Role.MANAGER);
  }

  @AfterEach
  void logOut() {
    MetricsFixture.logOut();
  }

  @Test
  void summary_and_raw_paths_agree_for_every_month_and_filter() {
    int compared = 0;
    for (YearMonth month : MONTHS) {
      List<MetricsFilter> filters = new ArrayList<>();
      MetricsFilter all = MetricsFilter.of(month);
      filters.add(all);
      for (Plan plan : Plan.values()) {
        filters.add(all.withPlan(plan));
        filters.add(all.withPlan(plan).withChannel(Channel.EMAIL));
        filters.add(all.withPlan(plan).withTeam("L1 frontline"));
      }
      for (Channel channel : Channel.values()) {
        filters.add(all.withChannel(channel));
      }
      for (String team : List.of("L1 frontline", "L2 technical specialists", "")) {
        filters.add(all.withTeam(team));
      }
      for (String agent : List.of("prop-a", "prop-b", "prop-c", "")) {
        filters.add(all.withAgent(agent));
        filters.add(all.withAgent(agent).withChannel(Channel.WEB));
      }
      for (MetricsFilter filter : filters) {
        assertThat(report.figures(filter)).as(filter.toString()).isEqualTo(raw.figures(filter));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(4 * 24);
  }

  @Test
  void the_random_quarter_is_rich_enough_to_prove_anything() {
    MonthFigures january = raw.figures(MetricsFilter.of(YearMonth.of(2020, 1)));
    assertThat(january.ticketsCreated()).isGreaterThan(60);
    assertThat(january.resolved()).isGreaterThan(30);
    assertThat(january.resolutionBreached()).isPositive();
    assertThat(january.reopened()).isPositive();
    assertThat(january.firstContactResolved()).isPositive();
    assertThat(january.backlogAtEnd()).isPositive();
    assertThat(january.surveysAnswered()).isPositive();
    assertThat(january.qaReviews()).isPositive();
    assertThat(january.resolutionMedian()).isNotNull();
    assertThat(report.escalations(MetricsFilter.of(YearMonth.of(2020, 1)))).isNotEmpty();
  }

  @Test
  void each_months_breakdown_by_agent_adds_up_to_the_month() {
    for (YearMonth month : MONTHS) {
      MonthFigures whole = report.figures(MetricsFilter.of(month));
      List<Segment> byAgent = report.breakdown(MetricsFilter.of(month), Dimension.AGENT);
      assertThat(byAgent.stream().mapToLong(s -> s.figures().ticketsCreated()).sum()).isEqualTo(whole.ticketsCreated());
      assertThat(byAgent.stream().mapToLong(s -> s.figures().resolved()).sum()).isEqualTo(whole.resolved());
      assertThat(byAgent.stream().mapToLong(s -> s.figures().surveysSent()).sum()).isEqualTo(whole.surveysSent());
      assertThat(byAgent.stream().mapToLong(s -> s.figures().qaReviews()).sum()).isEqualTo(whole.qaReviews());
      for (Segment segment : byAgent) {
        assertThat(segment.figures()).isEqualTo(raw.figures(MetricsFilter.of(month).withAgent(segment.keys().get(Dimension.AGENT))));
      }
    }
  }
}
