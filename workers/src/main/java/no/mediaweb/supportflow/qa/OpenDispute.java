package no.mediaweb.supportflow.qa;

/** A dispute waiting for a QA lead: the task to complete and the review it is about. */
public record OpenDispute(long jobKey, String assignee, QaReview review) {}
