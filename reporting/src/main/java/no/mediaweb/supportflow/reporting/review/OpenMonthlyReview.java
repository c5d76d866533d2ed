package no.mediaweb.supportflow.reporting.review;

import java.time.Instant;
import java.time.YearMonth;

/** A month waiting for its review: the review task's job key and when it is due. */
public record OpenMonthlyReview(YearMonth month, long jobKey, Instant dueAt) {}
