package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code emergency-response.bpmn}, its workers and the application. Called by
 * {@code support-ticket.bpmn} when emergency-classification.dmn calls the ticket a critical
 * emergency; it waits for {@link SupportTicketProcess.Messages#TICKET_RESOLVED} and {@link
 * SupportTicketProcess.Messages#TICKET_CLOSED}.
 */
public final class EmergencyResponseProcess {

  public static final String PROCESS_ID = "emergency-response";

  public static final class Elements {
    /** User task every status-update interval until the ticket is resolved; completed as a reply to the customer. */
    public static final String POST_STATUS_UPDATE = "post-status-update";
    /** User task after the ticket is closed; completed as a reply to the customer. */
    public static final String FOLLOW_UP_WITH_CUSTOMER = "follow-up-with-customer";

    private Elements() {}
  }

  public static final class JobTypes {
    public static final String ACKNOWLEDGE_EMERGENCY = "acknowledge-emergency";
    /** Returns {@link SupportTicketProcess.Variables#TICKET_OWNER}, the senior agent now owning the ticket (or ""). */
    public static final String ASSIGN_SENIOR_AGENT = "assign-senior-agent";
    /** Asks the ticket for an L3 escalation (reason CRITICAL_EMERGENCY). */
    public static final String ENGAGE_ENGINEERING = "engage-engineering";
    public static final String ALERT_MISSED_STATUS_UPDATE = "alert-missed-status-update";

    private JobTypes() {}
  }

  public static final class Variables {
    /** ISO-8601 duration between status updates, from emergency-classification.dmn. */
    public static final String STATUS_UPDATE_INTERVAL = "statusUpdateInterval";
    /** ISO-8601 duration after which an open status update counts as missed. */
    public static final String STATUS_UPDATE_GRACE = "statusUpdateGrace";

    private Variables() {}
  }

  private EmergencyResponseProcess() {}
}
