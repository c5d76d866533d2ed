package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.customer.Plan;

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

  /**
   * The support page's emergency flags, "Urgent" (HIGH) and "Critical" (CRITICAL), and what a plan
   * may file: Critical is for Pro and Enterprise, so a Starter customer's Critical is filed as High.
   */
  public Priority allowedFor(Plan plan) {
    return this == CRITICAL && plan == Plan.STARTER ? HIGH : this;
  }

  static final String STARTER_CRITICAL_NOTICE =
      "The Critical priority is for Pro and Enterprise plans; your ticket was filed as High. "
          + "For an emergency on the Starter plan, describe the impact in the ticket.";
}
