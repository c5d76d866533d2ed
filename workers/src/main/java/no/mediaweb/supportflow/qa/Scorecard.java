package no.mediaweb.supportflow.qa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.common.BusinessRuleException;

/** One published version of the scorecard; never changed, a new version is a new scorecard. */
public record Scorecard(
    long id, int version, String name, BigDecimal passMark, String publishedBy, Instant publishedAt, List<Criterion> criteria) {

  /**
   * The weighted percentage: each criterion contributes {@code weight × points / max}; a critical
   * criterion at 0 points fails the review whatever the score, otherwise it passes at the pass mark.
   */
  public ScoreOutcome score(List<CriterionScore> scores) {
    Map<Long, CriterionScore> byCriterion = new HashMap<>();
    for (CriterionScore s : scores) {
      if (byCriterion.put(s.criterionId(), s) != null) {
        throw new BusinessRuleException("A criterion is scored twice");
      }
    }
    BigDecimal earned = BigDecimal.ZERO;
    BigDecimal possible = BigDecimal.ZERO;
    boolean criticalFailed = false;
    for (Criterion c : criteria) {
      CriterionScore s = byCriterion.remove(c.id());
      if (s == null) {
        throw new BusinessRuleException("Score every criterion: %s is missing".formatted(c.name()));
      }
      if (s.points() < 0 || s.points() > c.scale().maxPoints()) {
        throw new BusinessRuleException("%s is scored 0 to %d".formatted(c.name(), c.scale().maxPoints()));
      }
      earned = earned.add(BigDecimal.valueOf((long) c.weight() * s.points())
          .divide(BigDecimal.valueOf(c.scale().maxPoints()), 10, RoundingMode.HALF_UP));
      possible = possible.add(BigDecimal.valueOf(c.weight()));
      criticalFailed |= c.critical() && s.points() == 0;
    }
    if (!byCriterion.isEmpty()) {
      throw new BusinessRuleException("Scores for criteria not on scorecard version " + version);
    }
    BigDecimal percent = earned.multiply(BigDecimal.valueOf(100)).divide(possible, 2, RoundingMode.HALF_UP);
    return new ScoreOutcome(percent, resultOf(percent, criticalFailed), criticalFailed);
  }

  public ReviewResult resultOf(BigDecimal percent, boolean criticalFailed) {
    return !criticalFailed && percent.compareTo(passMark) >= 0 ? ReviewResult.PASSED : ReviewResult.FAILED;
  }
}
