package no.mediaweb.supportflow.qa;

import java.math.BigDecimal;

/**
 * How one reviewer scored in a period's calibrations against each calibration's group mean: the
 * mean distance from it (how far off) and the mean signed deviation (positive = more lenient).
 */
public record ReviewerCalibration(
    String reviewer, long calibrations, BigDecimal meanAbsoluteDeviation, BigDecimal meanDeviation) {}
