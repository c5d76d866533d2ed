package no.mediaweb.supportflow.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.QaCalibrationProcess;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** QA reviews through the real processes, inbox and database, as reviewers, agents, QA leads and managers act. */
@WorkersTest
class QaReviewJourneyTest {

  static final String REVIEWER = "qa-reviewer";
  static final String SECOND_REVIEWER = "qa-reviewer-2";
  static final String LEAD = "qa-lead";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired QaReviewService reviews;
  @Autowired QaCalibrations calibrations;
  @Autowired Scorecards scorecards;
  @Autowired TestTickets testTickets;
  @Autowired StaffDirectory staff;
  @Autowired CamundaClient client;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void staff() {
    staff.createIfAbsent(REVIEWER, "Rory Reviewer", "secret", List.of(Role.QA), List.of(QaSamplingProcess.GROUP_QA_REVIEWERS));
    staff.createIfAbsent(SECOND_REVIEWER, "Sasha Reviewer", "secret", List.of(Role.QA), List.of(QaSamplingProcess.GROUP_QA_REVIEWERS));
    staff.createIfAbsent(LEAD, "Lane Lead", "secret", List.of(Role.QA), List.of(QaSamplingProcess.GROUP_QA_REVIEWERS, "qa-leads"));
  }

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void a_reviewer_scores_a_sampled_ticket_and_the_review_keeps_its_scorecard_version_after_a_new_one_is_published() {
    Ticket ticket = sampled();
    TestData.logInAs(REVIEWER, Role.QA);
    InboxTask task = awaitReviewTask(ticket, QaSamplingProcess.Elements.REVIEW_TICKET);
    ReviewContext context = reviews.reviewTask(task.jobKey());
    assertThat(context.ticket().ticket().id()).isEqualTo(ticket.id());
    Scorecard used = context.scorecard();

    long reviewId = reviews.submit(task.jobKey(), used.id(), scores(used, 3, 4, 2, 1, 1), "Solid work");

    assertThat(reviews.openReviewTasks()).noneMatch(t -> t.jobKey() == task.jobKey());
    assertThat(jdbc.sql("SELECT state FROM human_task WHERE job_key = :k").param("k", task.jobKey()).query(String.class).single())
        .isEqualTo("COMPLETED");
    assertThatThrownBy(() -> reviews.submit(task.jobKey(), used.id(), scores(used, 3, 4, 2, 1, 1), "again"))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM qa_review WHERE ticket_id = :t").param("t", ticket.id()).query(Integer.class).single())
        .isEqualTo(1);

    TestData.logInAs(LEAD, Role.QA);
    Scorecard next = scorecards.publish("Support ticket review", new BigDecimal("80"), List.of(
        new NewCriterion("resolution-quality", "Resolution quality", "", 60, Scale.POINTS_0_4, false),
        new NewCriterion("accuracy", "Accuracy", "", 40, Scale.PASS_FAIL, true)));
    assertThat(next.version()).isGreaterThan(used.version());
    assertThat(scorecards.current().id()).isEqualTo(next.id());

    ReviewDetails details = reviews.review(reviewId);
    assertThat(details.review().scorecardVersion()).isEqualTo(used.version());
    assertThat(details.review().score()).isEqualByComparingTo("86.25");
    assertThat(details.review().result()).isEqualTo(ReviewResult.PASSED);
    assertThat(details.scores()).hasSize(5).extracting(s -> s.criterion().code()).contains("response-time", "process-adherence");
    assertThat(details.review().agent()).isEqualTo(TestData.AGENT);
  }

  @Test
  void an_agent_disputes_a_review_of_their_own_ticket_and_a_qa_lead_adjusts_the_score() {
    long reviewId = reviewed(scoresOfCurrent(1, 1, 1, 1, 1));

    TestData.logInAs(TestData.SECOND_AGENT, Role.AGENT);
    assertThat(reviews.myResults()).noneMatch(r -> r.id() == reviewId);
    assertThatThrownBy(() -> reviews.review(reviewId)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reviews.dispute(reviewId, "Not mine")).isInstanceOf(AccessDeniedException.class);

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThat(reviews.myResults()).anyMatch(r -> r.id() == reviewId);
    assertThat(reviews.review(reviewId).mayDispute()).isTrue();
    assertThatThrownBy(() -> reviews.dispute(reviewId, "  ")).isInstanceOf(BusinessRuleException.class);
    reviews.dispute(reviewId, "The customer confirmed the fix worked");
    assertThatThrownBy(() -> reviews.dispute(reviewId, "Again")).isInstanceOf(BusinessRuleException.class);

    TestData.logInAs(REVIEWER, Role.QA);
    assertThatThrownBy(() -> reviews.openDisputes()).isInstanceOf(AccessDeniedException.class);

    TestData.logInAs(LEAD, Role.QA);
    OpenDispute open = awaitDispute(reviewId);
    assertThat(open.review().dispute().reason()).isEqualTo("The customer confirmed the fix worked");
    assertThatThrownBy(() -> reviews.decide(open.jobKey(), DisputeDecision.ADJUSTED, new BigDecimal("101"), "Too high"))
        .isInstanceOf(BusinessRuleException.class);
    reviews.decide(open.jobKey(), DisputeDecision.ADJUSTED, new BigDecimal("80"), "Resolution held; raised");

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    QaReview decided = reviews.review(reviewId).review();
    assertThat(decided.dispute().decision()).isEqualTo(DisputeDecision.ADJUSTED);
    assertThat(decided.dispute().decidedBy()).isEqualTo(LEAD);
    assertThat(decided.dispute().decisionNote()).isEqualTo("Resolution held; raised");
    assertThat(decided.effectiveScore()).isEqualByComparingTo("80");
    assertThat(decided.effectiveResult()).isEqualTo(ReviewResult.PASSED);
    assertThat(decided.result()).isEqualTo(ReviewResult.FAILED);
    assertThat(reviews.review(reviewId).mayDispute()).isFalse();
  }

  @Test
  void a_qa_lead_may_uphold_a_dispute_which_keeps_the_score() {
    long reviewId = reviewed(scoresOfCurrent(2, 2, 2, 1, 1));
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    reviews.dispute(reviewId, "Too strict on tone");

    TestData.logInAs(LEAD, Role.QA);
    reviews.decide(awaitDispute(reviewId).jobKey(), DisputeDecision.UPHELD, null, "Tone was curt in the second reply");

    QaReview decided = reviews.review(reviewId).review();
    assertThat(decided.dispute().decision()).isEqualTo(DisputeDecision.UPHELD);
    assertThat(decided.effectiveScore()).isEqualByComparingTo(decided.score());
  }

  @Test
  void a_review_may_no_longer_be_disputed_seven_days_after_it_was_written() {
    long reviewId = reviewed(scoresOfCurrent(1, 1, 1, 1, 1));
    jdbc.sql("UPDATE qa_review SET submitted_at = :at WHERE id = :id")
        .param("at", Timestamp.from(SharedClock.now().minus(Duration.ofDays(7)).minusSeconds(60)))
        .param("id", reviewId)
        .update();

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThat(reviews.review(reviewId).mayDispute()).isFalse();
    assertThatThrownBy(() -> reviews.dispute(reviewId, "Late"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("within 7 days");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM qa_dispute WHERE review_id = :id").param("id", reviewId).query(Integer.class).single())
        .isZero();
  }

  @Test
  void a_calibration_gives_each_reviewer_a_task_and_shows_their_deviation_from_the_group_mean() {
    Ticket ticket = closedTicket();
    TestData.logInAs(REVIEWER, Role.QA);
    assertThatThrownBy(() -> calibrations.start(ticket.number(), List.of(REVIEWER, SECOND_REVIEWER)))
        .isInstanceOf(AccessDeniedException.class);

    TestData.logInAs(LEAD, Role.QA);
    assertThatThrownBy(() -> calibrations.start(ticket.number(), List.of(REVIEWER)))
        .isInstanceOf(BusinessRuleException.class);
    long calibrationId = calibrations.start(ticket.number(), List.of(REVIEWER, SECOND_REVIEWER, LEAD));

    Scorecard card = scorecards.current();
    TestData.logInAs(REVIEWER, Role.QA);
    InboxTask first = awaitReviewTask(ticket, QaCalibrationProcess.Elements.CALIBRATION_REVIEW);
    assertThat(first.assignee()).isEqualTo(REVIEWER);
    reviews.submit(first.jobKey(), card.id(), full(card, 4), null);
    TestData.logInAs(SECOND_REVIEWER, Role.QA);
    reviews.submit(awaitReviewTask(ticket, QaCalibrationProcess.Elements.CALIBRATION_REVIEW).jobKey(), card.id(), full(card, 2), null);
    TestData.logInAs(LEAD, Role.QA);
    reviews.submit(awaitReviewTask(ticket, QaCalibrationProcess.Elements.CALIBRATION_REVIEW).jobKey(), card.id(), full(card, 3), null);

    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    List<CalibrationDeviation> deviations = calibrations.deviations(calibrationId);
    assertThat(deviations).extracting(CalibrationDeviation::reviewer).containsExactly(LEAD, REVIEWER, SECOND_REVIEWER);
    assertThat(deviations).allSatisfy(d -> assertThat(d.groupMean()).isEqualByComparingTo(deviations.getFirst().groupMean()));
    BigDecimal mean = deviations.stream().map(CalibrationDeviation::score).reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
    assertThat(deviations.getFirst().groupMean()).isEqualByComparingTo(mean);
    assertThat(deviations).allSatisfy(d -> assertThat(d.deviation()).isEqualByComparingTo(d.score().subtract(d.groupMean())));
    assertThat(deviations.get(1).deviation()).isPositive();
    assertThat(deviations.get(2).deviation()).isNegative();
    assertThat(calibrations.calibrations()).anyMatch(c -> c.id() == calibrationId && c.scored() == 3);

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThatThrownBy(() -> calibrations.deviations(calibrationId)).isInstanceOf(AccessDeniedException.class);
    assertThat(reviews.myResults()).noneMatch(r -> r.calibrationId() != null);
  }

  @Test
  void each_role_reaches_only_its_part_of_qa() {
    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThatThrownBy(() -> reviews.openReviewTasks()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reviews.allReviews()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scorecards.publish("x", BigDecimal.TEN, List.of())).isInstanceOf(AccessDeniedException.class);

    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    assertThat(reviews.allReviews()).isNotNull();
    assertThatThrownBy(() -> reviews.openReviewTasks()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reviews.myResults()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reviews.decide(1L, DisputeDecision.UPHELD, null, "x")).isInstanceOf(AccessDeniedException.class);

    TestData.logInAs(REVIEWER, Role.QA);
    assertThat(reviews.allReviews()).isNotNull();
    assertThatThrownBy(() -> reviews.myResults()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reviews.decide(1L, DisputeDecision.UPHELD, null, "x")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scorecards.publish("x", BigDecimal.TEN, List.of())).isInstanceOf(AccessDeniedException.class);
  }

  private long reviewed(java.util.function.Function<Scorecard, List<CriterionScore>> scores) {
    Ticket ticket = sampled();
    TestData.logInAs(REVIEWER, Role.QA);
    InboxTask task = awaitReviewTask(ticket, QaSamplingProcess.Elements.REVIEW_TICKET);
    Scorecard card = reviews.reviewTask(task.jobKey()).scorecard();
    return reviews.submit(task.jobKey(), card.id(), scores.apply(card), null);
  }

  /** Points for the first criteria of whichever version is current (another test may publish one), capped at each scale. */
  private static java.util.function.Function<Scorecard, List<CriterionScore>> scoresOfCurrent(int... points) {
    return card -> java.util.stream.IntStream.range(0, card.criteria().size())
        .mapToObj(i -> new CriterionScore(
            card.criteria().get(i).id(), Math.min(points[i], card.criteria().get(i).scale().maxPoints()), null))
        .toList();
  }

  private Ticket closedTicket() {
    return testTickets.inState(TicketStatus.CLOSED);
  }

  /** A closed ticket of the test agent, drawn into a sample: its review task as the sampling process creates it. */
  private Ticket sampled() {
    Ticket ticket = closedTicket();
    client.newCreateInstanceCommand()
        .bpmnProcessId(QaSamplingProcess.PROCESS_ID)
        .latestVersion()
        .variables(Map.of(QaSamplingProcess.Variables.SAMPLED_TICKET_IDS, List.of(ticket.id())))
        .startBeforeElement(QaSamplingProcess.Elements.REVIEW_TICKET)
        .send()
        .join();
    return ticket;
  }

  private InboxTask awaitReviewTask(Ticket ticket, String elementId) {
    return await().atMost(WAIT).pollInSameThread().until(
            () -> reviews.openReviewTasks().stream()
                .filter(t -> t.ticketId() == ticket.id() && t.elementId().equals(elementId))
                .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private OpenDispute awaitDispute(long reviewId) {
    return await().atMost(WAIT).pollInSameThread().until(
            () -> reviews.openDisputes().stream().filter(d -> d.review().id() == reviewId).findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  static List<CriterionScore> scores(Scorecard card, int... points) {
    return java.util.stream.IntStream.range(0, points.length)
        .mapToObj(i -> new CriterionScore(card.criteria().get(i).id(), points[i], i == 0 ? "Comment " + i : null))
        .toList();
  }

  /** Every criterion at {@code points}, capped at its scale. */
  private static List<CriterionScore> full(Scorecard card, int points) {
    return card.criteria().stream()
        .map(c -> new CriterionScore(c.id(), Math.min(points, c.scale().maxPoints()), null))
        .toList();
  }
}
