package no.mediaweb.supportflow.qa;

/** A review of the weekly sample counts for the agent; a calibration review only compares reviewers. */
public enum ReviewKind {
  SAMPLE,
  CALIBRATION
}
