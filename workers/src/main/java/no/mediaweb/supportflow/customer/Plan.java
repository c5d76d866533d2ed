package no.mediaweb.supportflow.customer;

/** The support plans of the customer's page; the SLA policy decides their targets. */
public enum Plan {
  STARTER("Starter"),
  PRO("Pro"),
  ENTERPRISE("Enterprise");

  private final String label;

  Plan(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
