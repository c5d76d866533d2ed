package no.mediaweb.supportflow.qa;

import java.math.BigDecimal;

/** A weighted percentage (two decimals) and the result it gives on its scorecard. */
public record ScoreOutcome(BigDecimal score, ReviewResult result, boolean criticalFailed) {}
