package no.mediaweb.supportflow.ticket;

import java.time.Instant;
import no.mediaweb.supportflow.customer.Plan;

/** One row of the staff ticket list. */
public record TicketSummary(
    long id,
    String number,
    String subject,
    String customerName,
    Plan plan,
    Priority priority,
    TicketStatus status,
    String assignee,
    SlaState firstResponseSla,
    SlaState resolutionSla,
    Instant firstResponseDueAt,
    Instant resolutionDueAt,
    Instant createdAt) {}
