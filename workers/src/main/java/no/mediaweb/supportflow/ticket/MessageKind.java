package no.mediaweb.supportflow.ticket;

public enum MessageKind {
  DESCRIPTION("Original request"),
  REPLY("Reply"),
  INFO_REQUEST("Information request"),
  RESOLUTION("Proposed resolution"),
  REMINDER("Reminder"),
  CUSTOMER_REPLY("Customer reply");

  private final String label;

  MessageKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
