package no.mediaweb.supportflow.reporting.metrics;

/** What a breakdown groups the figures by. */
public enum Dimension {
  PLAN,
  CHANNEL,
  TEAM,
  AGENT
}
