package no.mediaweb.supportflow.qa;

import java.math.BigDecimal;
import java.time.Instant;

/** An agent's dispute of a review and, once decided, the QA lead's decision. */
public record Dispute(
    long id, long reviewId, String agent, String reason, Instant disputedAt, Long processInstanceKey,
    DisputeDecision decision, BigDecimal adjustedScore, ReviewResult adjustedResult, String decisionNote,
    String decidedBy, Instant decidedAt) {

  public boolean decided() {
    return decision != null;
  }
}
