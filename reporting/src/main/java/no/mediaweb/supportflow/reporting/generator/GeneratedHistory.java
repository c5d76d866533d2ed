package no.mediaweb.supportflow.reporting.generator;

/** What a run wrote. */
public record GeneratedHistory(
    long tickets, long customers, long escalations, long surveys, long qaReviews, long pauses) {}
