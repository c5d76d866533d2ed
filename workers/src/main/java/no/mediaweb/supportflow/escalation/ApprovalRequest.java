package no.mediaweb.supportflow.escalation;

import java.time.Instant;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;

/** An escalation waiting for a manager, with what the manager needs to decide. */
public record ApprovalRequest(
    long jobKey,
    Escalation escalation,
    String subject,
    String customerName,
    Plan plan,
    Priority priority,
    SlaState resolutionSla,
    Instant resolutionDueAt,
    String owner,
    String lastCustomerMessage,
    String heldBy,
    Instant waitingSince) {}
