package no.mediaweb.supportflow.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

/**
 * November 2022 in Oslo (UTC+1 after the end of daylight saving on 30 October), so the month is
 * [2022-10-31T23:00Z, 2022-11-30T23:00Z). Ten tickets with hand-picked times; every expected figure
 * below is worked out by hand from them. Every ticket is closed by 2022-12-20, so none of them stays
 * in the backlog of later months other tests compute.
 *
 * <pre>
 * ticket plan/channel  agent  created (UTC)      first response        resolved (UTC)             notes
 * T1     STARTER/WEB   alice  11-02 08:00        08:30 (30 min, met)   11-02 12:00 (240 min, met)  1 reply -> first contact
 * T2     PRO/EMAIL     alice  11-07 08:00        09:00 (60 min, met)   11-08 14:00 (1800 min, met) waited 20 h on the customer
 * T3     PRO/WEB       bob    11-10 08:00        10:00 (120, breached) 11-14 08:00 (5760 min)      breached, reopened, re-resolved in time
 * T4     ENTERPRISE/API bob   11-15 09:00        09:10 (10 min, met)   11-16 09:00 (1440 min, met) escalated to L2
 * T5     STARTER/WEB   -      10-31 23:30 (= 11-01 00:30 Oslo)  -        open at the end             escalation rejected (tier NONE)
 * T6     STARTER/WEB   alice  10-31 22:30 (= 10-31 23:30 Oslo) 22:50 (October)  11-03 10:00 (3570 min, met)  first contact
 * T7     PRO/EMAIL     bob    11-30 23:30 (= 12-01 00:30 Oslo: December)
 * T8     ENTERPRISE/WEB alice 11-20 10:00        14:00 (240, breached) 12-02 10:00 (December)      in the backlog at the end
 * T9     PRO/API       bob    09-15 10:00        -                     -                           open since September: backlog
 * T10    STARTER/EMAIL alice  09-01 10:00        -                     09-03, closed 09-05         nothing in November
 * </pre>
 */
@ReportingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyMetricsDefinitionsTest {

  static final YearMonth NOVEMBER = YearMonth.of(2022, 11);
  static final String ALICE = "def-alice";
  static final String BOB = "def-bob";
  static final String L1 = "L1 frontline";
  static final String L2 = "L2 technical specialists";
  static final Instant CLEANED_UP = Instant.parse("2022-12-20T12:00:00Z");

  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired MetricsReport report;
  @Autowired MetricsDrillDown drillDown;
  @Autowired RawMetrics raw;
  @Autowired MetricsFixture fixture;

  long t1, t2, t3, t4, t5, t6, t7, t8, t9, t10;

  @BeforeAll
  void computeNovember() {
    fixture.staff(ALICE, Role.AGENT, "l1-agents");
    fixture.staff(BOB, Role.AGENT, "l2-specialists");
    long starter = fixture.customer(Plan.STARTER);
    long pro = fixture.customer(Plan.PRO);
    long enterprise = fixture.customer(Plan.ENTERPRISE);

    t1 = fixture.ticket(starter, at("2022-11-02T08:00")).assignee(ALICE)
        .firstResponse(at("2022-11-02T08:30"), false).resolved(at("2022-11-02T12:00"), false).closed(at("2022-11-05T12:00"))
        .insert();
    // resolved 30 h after creation on the wall clock, but 20 of them waiting on the customer:
    // the SLA clock stood still, the target was never missed, so the resolution SLA was MET
    t2 = fixture.ticket(pro, at("2022-11-07T08:00")).channel(Channel.EMAIL).assignee(ALICE)
        .firstResponse(at("2022-11-07T09:00"), false).agentReplies(2).resolved(at("2022-11-08T14:00"), false)
        .closed(at("2022-11-12T14:00"))
        .insert();
    fixture.pause(t2, at("2022-11-07T10:00"), at("2022-11-08T06:00"));
    // breached the resolution target, was resolved, reopened by the customer and resolved again in time
    t3 = fixture.ticket(pro, at("2022-11-10T08:00")).assignee(BOB)
        .firstResponse(at("2022-11-10T10:00"), true).everBreachedResolution().reopened(1)
        .resolved(at("2022-11-14T08:00"), false).closed(at("2022-11-20T08:00"))
        .insert();
    t4 = fixture.ticket(enterprise, at("2022-11-15T09:00")).channel(Channel.API).assignee(BOB)
        .firstResponse(at("2022-11-15T09:10"), false).resolved(at("2022-11-16T09:00"), false).closed(at("2022-11-20T09:00"))
        .insert();
    fixture.escalation(t4, at("2022-11-15T10:00"), "L2", "BEYOND_FIRST_LEVEL");
    t5 = fixture.ticket(starter, at("2022-10-31T23:30")).closed(CLEANED_UP).insert();
    fixture.escalation(t5, at("2022-11-01T08:00"), null, "SLA_BREACH");
    t6 = fixture.ticket(starter, at("2022-10-31T22:30")).assignee(ALICE)
        .firstResponse(at("2022-10-31T22:50"), false).resolved(at("2022-11-03T10:00"), false).closed(at("2022-11-06T10:00"))
        .insert();
    t7 = fixture.ticket(pro, at("2022-11-30T23:30")).channel(Channel.EMAIL).assignee(BOB).closed(CLEANED_UP).insert();
    t8 = fixture.ticket(enterprise, at("2022-11-20T10:00")).assignee(ALICE)
        .firstResponse(at("2022-11-20T14:00"), true).resolved(at("2022-12-02T10:00"), false).closed(CLEANED_UP)
        .insert();
    t9 = fixture.ticket(pro, at("2022-09-15T10:00")).channel(Channel.API).assignee(BOB).closed(CLEANED_UP).insert();
    t10 = fixture.ticket(starter, at("2022-09-01T10:00")).channel(Channel.EMAIL).assignee(ALICE)
        .resolved(at("2022-09-03T10:00"), false).closed(at("2022-09-05T10:00"))
        .insert();

    // surveys: plan and channel as they were when sent (T2's customer was on Starter then)
    fixture.survey(t1, Plan.STARTER, Channel.WEB, at("2022-11-03T12:00"), 5);
    fixture.survey(t2, Plan.STARTER, Channel.EMAIL, at("2022-11-09T14:00"), 2);
    fixture.survey(t3, Plan.PRO, Channel.WEB, at("2022-11-15T08:00"), null);
    fixture.survey(t10, Plan.STARTER, Channel.EMAIL, at("2022-09-04T10:00"), 1);

    fixture.qaReview(t1, ALICE, "SAMPLE", "90.00", "PASSED", at("2022-11-05T10:00"));
    long disputed = fixture.qaReview(t2, ALICE, "SAMPLE", "60.00", "FAILED", at("2022-11-12T10:00"));
    fixture.dispute(disputed, ALICE, "ADJUSTED", "80.00", "PASSED");
    long upheld = fixture.qaReview(t3, BOB, "SAMPLE", "70.00", "FAILED", at("2022-11-20T10:00"));
    fixture.dispute(upheld, BOB, "UPHELD", null, null);
    fixture.qaReview(t4, BOB, "CALIBRATION", "50.00", "FAILED", at("2022-11-21T10:00"));
    fixture.qaReview(t6, ALICE, "SAMPLE", "40.00", "FAILED", at("2022-10-20T10:00"));

    calculator.compute(NOVEMBER, "definitions-test");
  }

  @BeforeEach
  void logInAsManager() {
    MetricsFixture.logInAs("def-manager", Role.MANAGER);
  }

  @AfterEach
  void logOut() {
    MetricsFixture.logOut();
  }

  @Test
  void tickets_created_count_by_the_oslo_calendar_and_escalated_ones_count_once() {
    MonthFigures f = november();
    // T1 T2 T3 T4 T5 T8; T5 (23:30Z on 31 October is 00:30 on 1 November in Oslo) in, T6 (23:30 on
    // 31 October in Oslo) and T7 (00:30 on 1 December in Oslo) out
    assertThat(f.ticketsCreated()).isEqualTo(6);
    // T4 (to L2) and T5 (rejected before a tier): 2 of 6
    assertThat(f.ticketsEscalated()).isEqualTo(2);
    assertThat(f.escalationRate().getAsDouble()).isCloseTo(100.0 * 2 / 6, within(1e-9));
    assertThat(drilled(Metric.TICKETS_CREATED)).containsExactlyInAnyOrder(t1, t2, t3, t4, t5, t8);
    assertThat(drilled(Metric.TICKETS_ESCALATED)).containsExactlyInAnyOrder(t4, t5);
  }

  @Test
  void first_responses_sent_in_the_month_with_attainment_median_and_p90() {
    MonthFigures f = november();
    // T1 30 met, T2 60 met, T3 120 breached, T4 10 met, T8 240 breached; T6 answered in October
    assertThat(f.firstResponses()).isEqualTo(5);
    assertThat(f.firstResponseMet()).isEqualTo(3);
    assertThat(f.firstResponseBreached()).isEqualTo(2);
    assertThat(f.firstResponseAttainment().getAsDouble()).isCloseTo(60.0, within(1e-9));
    // sorted 10, 30, 60, 120, 240: median 60, p90 240 (the 5th of 5)
    assertWithinOneBucket(f.firstResponseMedian(), 60);
    assertWithinOneBucket(f.firstResponseP90(), 240);
    assertThat(drilled(Metric.FIRST_RESPONSES)).containsExactlyInAnyOrder(t1, t2, t3, t4, t8);
    assertThat(drilled(Metric.FIRST_RESPONSE_BREACHED)).containsExactlyInAnyOrder(t3, t8);
  }

  @Test
  void resolution_attainment_follows_the_sla_clock_and_a_breach_before_a_reopen_still_counts() {
    MonthFigures f = november();
    // resolved in November: T1 240, T2 1800, T3 5760, T4 1440, T6 3570 (31 Oct 22:30 to 3 Nov 10:00 = 59.5 h)
    assertThat(f.resolved()).isEqualTo(5);
    // T2 took 30 h on the wall clock but its SLA clock stood still for 20 h: met; T3 breached before its reopen
    assertThat(f.resolutionMet()).isEqualTo(4);
    assertThat(f.resolutionBreached()).isEqualTo(1);
    assertThat(f.resolutionAttainment().getAsDouble()).isCloseTo(80.0, within(1e-9));
    // sorted 240, 1440, 1800, 3570, 5760: median 1800 (T2's wall-clock 30 h), p90 5760
    assertWithinOneBucket(f.resolutionMedian(), 1800);
    assertWithinOneBucket(f.resolutionP90(), 5760);
    assertThat(drilled(Metric.RESOLVED)).containsExactlyInAnyOrder(t1, t2, t3, t4, t6);
    assertThat(drilled(Metric.RESOLUTION_BREACHED)).containsExactly(t3);
  }

  @Test
  void the_reopened_ticket_counts_in_the_reopen_rate_and_never_as_first_contact() {
    MonthFigures f = november();
    assertThat(f.reopened()).isEqualTo(1);
    assertThat(f.reopenRate().getAsDouble()).isCloseTo(20.0, within(1e-9));
    // T1 and T6: one reply, no wait, no escalation, no reopen. Not T2 (waited), T3 (reopened), T4 (escalated)
    assertThat(f.firstContactResolved()).isEqualTo(2);
    assertThat(f.firstContactResolutionRate().getAsDouble()).isCloseTo(40.0, within(1e-9));
    assertThat(drilled(Metric.REOPENED)).containsExactly(t3);
    assertThat(drilled(Metric.FIRST_CONTACT_RESOLVED)).containsExactlyInAnyOrder(t1, t6);
  }

  @Test
  void backlog_at_month_end_is_what_was_created_before_and_neither_resolved_nor_closed() {
    // T5 open, T8 resolved only on 2 December, T9 open since September; T7 came after the end
    assertThat(november().backlogAtEnd()).isEqualTo(3);
    assertThat(drilled(Metric.BACKLOG_AT_END)).containsExactlyInAnyOrder(t5, t8, t9);
  }

  @Test
  void surveys_count_by_the_month_sent_and_the_plan_at_that_time() {
    MonthFigures f = november();
    // T1 answered 5, T2 answered 2, T3 no answer; T10's went out in September
    assertThat(f.surveysSent()).isEqualTo(3);
    assertThat(f.surveysAnswered()).isEqualTo(2);
    assertThat(f.surveyScoreSum()).isEqualTo(7);
    assertThat(f.surveysSatisfied()).isEqualTo(1);
    assertThat(f.csatAverage().getAsDouble()).isCloseTo(3.5, within(1e-9));
    assertThat(f.satisfiedShare().getAsDouble()).isCloseTo(50.0, within(1e-9));
    assertThat(f.surveyResponseRate().getAsDouble()).isCloseTo(100.0 * 2 / 3, within(1e-9));
    // T2's customer is on Pro now, but was on Starter when the survey went out
    assertThat(report.figures(MetricsFilter.of(NOVEMBER).withPlan(Plan.STARTER)).surveysSent()).isEqualTo(2);
    assertThat(report.figures(MetricsFilter.of(NOVEMBER).withPlan(Plan.PRO)).surveysSent()).isEqualTo(1);
    assertThat(drilled(Metric.SURVEYS_UNSATISFIED)).containsExactly(t2);
    assertThat(drilled(Metric.SURVEYS_ANSWERED)).containsExactlyInAnyOrder(t1, t2);
  }

  @Test
  void qa_counts_sampled_reviews_with_the_adjusted_score_replacing_the_reviewers() {
    MonthFigures f = november();
    // T1 90 passed; T2 60 failed, adjusted to 80 passed; T3 70 failed, upheld. The calibration
    // review of T4 and October's review of T6 do not count: 90 + 80 + 70 = 240 over 3, 1 failed
    assertThat(f.qaReviews()).isEqualTo(3);
    assertThat(f.qaScoreSum()).isEqualByComparingTo(new BigDecimal("240.00"));
    assertThat(f.qaFailed()).isEqualTo(1);
    assertThat(f.qaAverage().getAsDouble()).isCloseTo(80.0, within(1e-9));
    assertThat(f.qaFailRate().getAsDouble()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(drilled(Metric.QA_FAILED)).containsExactly(t3);
  }

  @Test
  void escalations_count_by_tier_reached_and_reason() {
    assertThat(report.escalations(MetricsFilter.of(NOVEMBER)))
        .containsExactlyInAnyOrder(
            new EscalationCount("L2", "BEYOND_FIRST_LEVEL", 1), new EscalationCount("NONE", "SLA_BREACH", 1));
    assertThat(drillDown.tickets(MetricsFilter.of(NOVEMBER), Metric.ESCALATIONS, "NONE", null, 0, 100).tickets())
        .extracting(DrillTicket::ticketId)
        .containsExactly(t5);
  }

  @Test
  void an_agent_and_a_team_get_their_own_tickets_and_unassigned_tickets_belong_to_no_team() {
    // alice: created T1 T2 T8; first responses T1 T2 (met) T8 (breached); resolved T1 T2 T6, first
    // contact T1 T6; backlog T8; surveys T1 (5) T2 (2); QA 90 + 80
    MonthFigures alice = report.figures(MetricsFilter.of(NOVEMBER).withAgent(ALICE));
    assertThat(List.of(alice.ticketsCreated(), alice.firstResponses(), alice.firstResponseBreached(), alice.resolved(),
            alice.firstContactResolved(), alice.backlogAtEnd(), alice.surveysAnswered(), alice.surveyScoreSum(),
            alice.qaReviews(), alice.qaFailed()))
        .containsExactly(3L, 3L, 1L, 3L, 2L, 1L, 2L, 7L, 2L, 0L);
    assertThat(alice.qaScoreSum()).isEqualByComparingTo("170.00");
    assertThat(report.figures(MetricsFilter.of(NOVEMBER).withTeam(L1))).isEqualTo(alice);
    MonthFigures unassigned = report.figures(MetricsFilter.of(NOVEMBER).withAgent(""));
    assertThat(unassigned.ticketsCreated()).isEqualTo(1);
    assertThat(unassigned.backlogAtEnd()).isEqualTo(1);
    assertThat(report.figures(MetricsFilter.of(NOVEMBER).withTeam("")).ticketsCreated()).isEqualTo(1);
    assertThat(report.agents(NOVEMBER)).containsExactly("", ALICE, BOB);
  }

  @Test
  void the_breakdown_by_plan_adds_up_to_the_month_and_matches_the_raw_path() {
    List<Segment> byPlan = report.breakdown(MetricsFilter.of(NOVEMBER), Dimension.PLAN);
    // created: Starter T1 T5, Pro T2 T3, Enterprise T4 T8
    assertThat(byPlan)
        .extracting(s -> s.keys().get(Dimension.PLAN), s -> s.figures().ticketsCreated())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ENTERPRISE", 2L),
            org.assertj.core.groups.Tuple.tuple("PRO", 2L),
            org.assertj.core.groups.Tuple.tuple("STARTER", 2L));
    assertThat(byPlan).extracting(Segment::label).containsExactly("Enterprise", "Pro", "Starter");
    List<Segment> byTeam = report.breakdown(MetricsFilter.of(NOVEMBER), Dimension.TEAM);
    assertThat(byTeam).extracting(s -> s.keys().get(Dimension.TEAM)).containsExactlyInAnyOrder("", L1, L2);
    assertThat(report.figures(MetricsFilter.of(NOVEMBER))).isEqualTo(raw.figures(MetricsFilter.of(NOVEMBER)));
    List<Segment> byPlanAndChannel = report.breakdown(MetricsFilter.of(NOVEMBER), Dimension.PLAN, Dimension.CHANNEL);
    assertThat(byPlanAndChannel)
        .filteredOn(s -> s.keys().equals(Map.of(Dimension.PLAN, "PRO", Dimension.CHANNEL, "EMAIL")))
        .singleElement()
        .satisfies(s -> assertThat(s.figures().ticketsCreated()).isEqualTo(1));
  }

  @Test
  void the_drill_down_pages_through_the_tickets_with_the_figure_as_total() {
    DrillPage first = drillDown.tickets(MetricsFilter.of(NOVEMBER), Metric.TICKETS_CREATED, null, null, 0, 4);
    DrillPage second = drillDown.tickets(MetricsFilter.of(NOVEMBER), Metric.TICKETS_CREATED, null, null, 4, 4);
    assertThat(first.total()).isEqualTo(6);
    assertThat(first.tickets()).hasSize(4);
    assertThat(second.tickets()).hasSize(2);
    // ordered by creation: T5 (31 Oct 23:30Z) comes first
    assertThat(first.tickets().getFirst().ticketId()).isEqualTo(t5);
    assertThat(first.tickets().getFirst().agent()).isEmpty();
  }

  private MonthFigures november() {
    return report.figures(MetricsFilter.of(NOVEMBER));
  }

  private List<Long> drilled(Metric metric) {
    DrillPage page = drillDown.tickets(MetricsFilter.of(NOVEMBER), metric, null, null, 0, 100);
    assertThat(page.total()).isEqualTo(page.tickets().size());
    return page.tickets().stream().map(DrillTicket::ticketId).toList();
  }

  private static void assertWithinOneBucket(Duration estimate, long exactMinutes) {
    assertThat(estimate).isNotNull();
    int estimated = DurationBuckets.bucketOf(estimate.toMinutes());
    assertThat(Math.abs(estimated - DurationBuckets.bucketOf(exactMinutes)))
        .as("bucket of %s vs %d min (bounds %s)", estimate, exactMinutes, Arrays.toString(new long[] {
            DurationBuckets.lowerBound(estimated), DurationBuckets.upperBound(estimated)}))
        .isLessThanOrEqualTo(1);
  }

  private static Instant at(String utc) {
    return Instant.parse(utc + ":00Z");
  }
}
