package no.mediaweb.supportflow.timeline;

import java.time.Instant;

public record TimelineEvent(
    long id, long ticketId, TimelineEventType type, String detail, String actor, Instant occurredAt) {}
