package no.mediaweb.supportflow.ticket;

/**
 * A ticket just opened: its number, the customer's private link to it, the priority it was filed
 * with and, when the intake changed what the customer asked for, a note saying why (else null).
 */
public record OpenedTicket(long id, String number, String customerLink, Priority priority, String notice) {

  public OpenedTicket(long id, String number, String customerLink) {
    this(id, number, customerLink, null, null);
  }
}
