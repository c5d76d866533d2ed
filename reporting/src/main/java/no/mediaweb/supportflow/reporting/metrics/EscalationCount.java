package no.mediaweb.supportflow.reporting.metrics;

/** Escalations started in a month by the tier they reached ({@code NONE} = never reached a tier) and reason. */
public record EscalationCount(String tier, String reason, long escalations) {}
