package no.mediaweb.supportflow.ticket;

/** How the customer's device reaches the internet. */
public enum ConnectionType {
  WIRED("Wired broadband (cable, fibre, DSL)"),
  WIFI("Wi-Fi"),
  MOBILE_DATA("Mobile data (4G/5G)"),
  SATELLITE("Satellite"),
  OTHER("Other");

  private final String label;

  ConnectionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
