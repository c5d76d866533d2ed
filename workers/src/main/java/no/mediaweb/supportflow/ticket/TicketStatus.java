package no.mediaweb.supportflow.ticket;

public enum TicketStatus {
  NEW("New"),
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  WAITING_ON_CUSTOMER("Waiting on customer"),
  RESOLVED("Resolved"),
  CLOSED("Closed");

  private final String label;

  TicketStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this != CLOSED;
  }
}
