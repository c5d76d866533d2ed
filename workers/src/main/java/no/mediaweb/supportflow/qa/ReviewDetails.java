package no.mediaweb.supportflow.qa;

import java.util.List;

/** A review as its reader sees it: the scorecard version it used and the score per criterion. */
public record ReviewDetails(QaReview review, Scorecard scorecard, List<ReviewScore> scores, boolean mayDispute) {}
