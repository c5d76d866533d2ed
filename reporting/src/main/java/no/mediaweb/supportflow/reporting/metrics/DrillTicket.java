package no.mediaweb.supportflow.reporting.metrics;

import java.time.Instant;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;

/** A ticket behind a figure, with the plan, channel and agent the figure counted it under. */
public record DrillTicket(
    long ticketId,
    String number,
    String subject,
    Plan plan,
    Channel channel,
    String agent,
    String status,
    Instant createdAt,
    Instant firstRespondedAt,
    Instant resolvedAt) {}
