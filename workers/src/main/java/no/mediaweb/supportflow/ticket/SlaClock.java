package no.mediaweb.supportflow.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's SLA clock: the calendar and targets the policy gave it, and when the current
 * resolution target (the resolution target, or the next-reply target after a reopen) started.
 */
record SlaClock(
    String calendarCode,
    Duration firstResponseTarget,
    Duration resolutionTarget,
    Duration nextReplyTarget,
    Instant resolutionClockStartedAt,
    Duration resolutionClockTarget) {}
