package no.mediaweb.supportflow.sla;

/** The two targets the workflow times; also the values of the {@code slaTarget} task header. */
public enum SlaTarget {
  FIRST_RESPONSE("First response"),
  RESOLUTION("Resolution");

  private final String label;

  SlaTarget(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
