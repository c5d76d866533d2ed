package no.mediaweb.supportflow.qa;

/** A review's points and comment for one criterion of the scorecard version it used. */
public record ReviewScore(Criterion criterion, int points, String comment) {}
