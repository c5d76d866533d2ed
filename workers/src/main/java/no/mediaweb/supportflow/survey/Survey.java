package no.mediaweb.supportflow.survey;

import java.time.Instant;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;

/** A survey row: what was sent when, the answer, the outcome (null while running) and the follow-up. */
public record Survey(
    long id,
    long ticketId,
    long processInstanceKey,
    Plan plan,
    Channel channel,
    Instant createdAt,
    Instant sentAt,
    Instant expiresAt,
    Instant remindedAt,
    Instant answeredAt,
    Integer score,
    String comment,
    SurveyOutcome outcome,
    Instant endedAt,
    boolean followupNeeded,
    String followupNote,
    String followedUpBy,
    Instant followedUpAt) {}
