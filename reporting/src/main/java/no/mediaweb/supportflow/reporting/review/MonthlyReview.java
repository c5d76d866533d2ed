package no.mediaweb.supportflow.reporting.review;

import java.time.Instant;
import java.time.YearMonth;

/** A filed review of a month: what the manager found and the actions agreed (null when none). */
public record MonthlyReview(YearMonth month, String notes, String actions, String reviewedBy, Instant reviewedAt) {}
