package no.mediaweb.supportflow.ticket;

/** The kind of device the problem shows on. */
public enum DeviceType {
  DESKTOP("Desktop computer"),
  LAPTOP("Laptop"),
  MOBILE("Mobile phone"),
  TABLET("Tablet"),
  OTHER("Other");

  private final String label;

  DeviceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
