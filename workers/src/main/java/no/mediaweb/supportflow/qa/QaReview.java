package no.mediaweb.supportflow.qa;

import java.math.BigDecimal;
import java.time.Instant;

/** A submitted review, with its dispute if the agent raised one. */
public record QaReview(
    long id, ReviewKind kind, long ticketId, String ticketNumber, String subject, String agent, String reviewer,
    long scorecardId, int scorecardVersion, Long calibrationId, BigDecimal score, ReviewResult result,
    boolean criticalFailed, String summary, Instant submittedAt, Dispute dispute) {

  /** The score that stands: the QA lead's adjustment, if any, else the reviewer's. */
  public BigDecimal effectiveScore() {
    return dispute != null && dispute.adjustedScore() != null ? dispute.adjustedScore() : score;
  }

  public ReviewResult effectiveResult() {
    return dispute != null && dispute.adjustedResult() != null ? dispute.adjustedResult() : result;
  }
}
