package no.mediaweb.supportflow.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;

/**
 * An open ticket at risk or breached. {@code target}, {@code state} and {@code dueAt} name its worst
 * target: a breached one over one at risk, else the one due first. {@code queues} are the candidate
 * groups of its open tasks, or {@link SlaRiskBoard#NO_OPEN_TASK}; {@code timeLeft} is negative once
 * overdue.
 */
public record RiskyTicket(
    String number,
    String subject,
    String customerName,
    Plan plan,
    Priority priority,
    List<String> queues,
    String owner,
    SlaTarget target,
    SlaState state,
    Instant dueAt,
    Duration timeLeft) {

  public boolean breached() {
    return state == SlaState.BREACHED;
  }
}
