package no.mediaweb.supportflow.qa;

/** A reviewer's points for one criterion, with an optional comment. */
public record CriterionScore(long criterionId, int points, String comment) {}
