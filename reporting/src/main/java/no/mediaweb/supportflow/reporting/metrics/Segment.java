package no.mediaweb.supportflow.reporting.metrics;

import java.util.Map;

/**
 * One row of a breakdown: its key per dimension (plan and channel by enum name, team and agent as
 * stored, {@code ""} = none), a label for people, and its figures.
 */
public record Segment(Map<Dimension, String> keys, String label, MonthFigures figures) {}
