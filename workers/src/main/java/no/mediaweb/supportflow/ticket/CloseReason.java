package no.mediaweb.supportflow.ticket;

public enum CloseReason {
  CONFIRMED("Customer confirmed the resolution"),
  AUTO_CONFIRMED("Confirmation period ended without objection"),
  NO_CUSTOMER_REPLY("No reply from the customer");

  private final String label;

  CloseReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
