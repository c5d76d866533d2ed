package no.mediaweb.supportflow.escalation;

import java.time.Instant;
import no.mediaweb.supportflow.processes.EscalationProcess.Trigger;

/** One escalation of a ticket, as stored; {@code id} is its process instance key. */
public record Escalation(
    long id,
    String escalationKey,
    long ticketId,
    String ticketNumber,
    Trigger trigger,
    String reason,
    String note,
    String requestedBy,
    EscalationState state,
    String tier,
    String queue,
    boolean approvalRequired,
    String decidedBy,
    String decisionReason,
    String outcomeNote,
    Instant createdAt,
    Instant updatedAt) {

  public String reasonLabel() {
    return EscalationReason.labelOf(reason);
  }
}
