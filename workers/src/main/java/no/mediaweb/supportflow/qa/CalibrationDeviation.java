package no.mediaweb.supportflow.qa;

import java.math.BigDecimal;

/** One reviewer's score in a calibration against the mean of all reviewers who scored it. */
public record CalibrationDeviation(long calibrationId, String reviewer, BigDecimal score, BigDecimal groupMean, BigDecimal deviation) {}
