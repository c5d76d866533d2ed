package no.mediaweb.supportflow.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.mediaweb.supportflow.common.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  static final Scorecard CARD = new Scorecard(1, 1, "Support ticket review", new BigDecimal("75.00"), "system", Instant.EPOCH,
      List.of(
          new Criterion(11, 1, "response-time", "Response time", "", 15, Scale.POINTS_0_4, false),
          new Criterion(12, 2, "resolution-quality", "Resolution quality", "", 30, Scale.POINTS_0_4, false),
          new Criterion(13, 3, "communication", "Communication and tone", "", 20, Scale.POINTS_0_4, false),
          new Criterion(14, 4, "accuracy", "Accuracy", "", 25, Scale.PASS_FAIL, true),
          new Criterion(15, 5, "process-adherence", "Process adherence", "", 10, Scale.PASS_FAIL, true)));

  @Test
  void the_score_is_the_weighted_percentage_of_the_points() {
    // 15×3/4 + 30×4/4 + 20×2/4 + 25 + 10 = 11.25 + 30 + 10 + 35 = 86.25 of 100
    ScoreOutcome outcome = CARD.score(scores(3, 4, 2, 1, 1));

    assertThat(outcome.score()).isEqualByComparingTo("86.25");
    assertThat(outcome.result()).isEqualTo(ReviewResult.PASSED);
    assertThat(outcome.criticalFailed()).isFalse();
  }

  @Test
  void a_score_below_the_pass_mark_fails() {
    ScoreOutcome outcome = CARD.score(scores(0, 1, 1, 1, 1));

    // 0 + 7.5 + 5 + 25 + 10 = 47.5
    assertThat(outcome.score()).isEqualByComparingTo("47.50");
    assertThat(outcome.result()).isEqualTo(ReviewResult.FAILED);
  }

  @Test
  void a_failed_critical_criterion_fails_the_review_whatever_the_score() {
    ScoreOutcome outcome = CARD.score(scores(4, 4, 4, 1, 0));

    assertThat(outcome.score()).isEqualByComparingTo("90.00");
    assertThat(outcome.criticalFailed()).isTrue();
    assertThat(outcome.result()).isEqualTo(ReviewResult.FAILED);
  }

  @Test
  void every_criterion_must_be_scored_within_its_scale() {
    assertThatThrownBy(() -> CARD.score(scores(3, 4, 2, 1)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("Process adherence");
    assertThatThrownBy(() -> CARD.score(scores(5, 4, 2, 1, 1)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("Response time is scored 0 to 4");
    assertThatThrownBy(() -> CARD.score(scores(3, 4, 2, 2, 1)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("Accuracy is scored 0 to 1");
  }

  static List<CriterionScore> scores(int... points) {
    return java.util.stream.IntStream.range(0, points.length)
        .mapToObj(i -> new CriterionScore(CARD.criteria().get(i).id(), points[i], null))
        .toList();
  }
}
