package no.mediaweb.supportflow.qa;

public enum ReviewResult {
  PASSED,
  FAILED
}
