package no.mediaweb.supportflow.qa;

import java.time.Instant;
import java.util.List;

/** A calibration session: one ticket, several reviewers, how many have scored it. */
public record Calibration(
    long id, long ticketId, String ticketNumber, String requestedBy, List<String> reviewers, int scored, Instant requestedAt) {}
