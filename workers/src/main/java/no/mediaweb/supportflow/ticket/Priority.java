package no.mediaweb.supportflow.ticket;

/** Urgency of a ticket; the SLA policy turns plan × priority into targets. */
public enum Priority {
  LOW("Low — simple question"),
  NORMAL("Normal — something does not work as expected"),
  HIGH("High — a system issue affects my site"),
  CRITICAL("Critical — my site is down or data is at risk");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
