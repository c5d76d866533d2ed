package no.mediaweb.supportflow.reporting.metrics;

import java.util.List;

/** One page of the tickets behind a figure; total is the figure itself. */
public record DrillPage(long total, List<DrillTicket> tickets) {}
