package no.mediaweb.supportflow.qa;

public enum DisputeDecision {
  UPHELD,
  ADJUSTED
}
