package no.mediaweb.supportflow.reporting.metrics;

/** The countable figures a dashboard number can open the tickets of. */
public enum Metric {
  TICKETS_CREATED("Tickets created"),
  TICKETS_ESCALATED("Tickets escalated"),
  FIRST_RESPONSES("First responses"),
  FIRST_RESPONSE_BREACHED("First-response SLA breached"),
  RESOLVED("Tickets resolved"),
  RESOLUTION_BREACHED("Resolution SLA breached"),
  REOPENED("Reopened tickets"),
  FIRST_CONTACT_RESOLVED("Resolved at first contact"),
  BACKLOG_AT_END("Backlog at month end"),
  SURVEYS_SENT("Surveys sent"),
  SURVEYS_ANSWERED("Surveys answered"),
  SURVEYS_UNSATISFIED("Unsatisfied answers (1–3)"),
  QA_REVIEWS("QA reviews"),
  QA_FAILED("QA reviews failed"),
  ESCALATIONS("Escalations");

  private final String label;

  Metric(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
