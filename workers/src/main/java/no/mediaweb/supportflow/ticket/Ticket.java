package no.mediaweb.supportflow.ticket;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A ticket row. State changes go through {@link TicketRepository}'s guarded updates. */
@Table("ticket")
public record Ticket(
    @Id Long id,
    String number,
    Long customerId,
    String subject,
    String description,
    Priority priority,
    TicketStatus status,
    Channel channel,
    String assignee,
    Long processInstanceKey,
    Instant firstResponseDueAt,
    Instant firstResponseAtRiskAt,
    Instant resolutionDueAt,
    Instant resolutionAtRiskAt,
    Instant firstRespondedAt,
    Instant resolvedAt,
    Instant closedAt,
    CloseReason closeReason,
    SlaState firstResponseSla,
    SlaState resolutionSla,
    Instant createdAt,
    Instant updatedAt,
    int version,
    Category category,
    boolean emergency) {

  public Ticket withId(Long newId) {
    return new Ticket(
        newId, number, customerId, subject, description, priority, status, channel, assignee,
        processInstanceKey, firstResponseDueAt, firstResponseAtRiskAt, resolutionDueAt,
        resolutionAtRiskAt, firstRespondedAt, resolvedAt, closedAt, closeReason, firstResponseSla,
        resolutionSla, createdAt, updatedAt, version, category, emergency);
  }

  public static String numberFor(long id) {
    return "MW-%06d".formatted(id);
  }
}
