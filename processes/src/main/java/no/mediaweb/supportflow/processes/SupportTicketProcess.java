package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code support-ticket.bpmn}, its workers and the application: process id, element
 * ids people see in the inbox, job types, messages, headers and variables.
 */
public final class SupportTicketProcess {

  public static final String PROCESS_ID = "support-ticket";

  /** Candidate group of the L1 frontline queue. */
  public static final String GROUP_L1 = "l1-agents";

  public static final class Elements {
    public static final String SEND_FIRST_RESPONSE = "send-first-response";
    public static final String WORK_ON_TICKET = "work-on-ticket";
    public static final String WAIT_FOR_CUSTOMER_REPLY = "wait-for-customer-reply";
    public static final String WAIT_FOR_CONFIRMATION = "wait-for-confirmation";

    private Elements() {}
  }

  public static final class JobTypes {
    /** Job-based user tasks; completed by the application with the agent's input. */
    public static final String USER_TASK = "io.camunda.zeebe:userTask";

    public static final String COMPUTE_DUE_DATES = "compute-due-dates";
    public static final String MARK_SLA_AT_RISK = "mark-sla-at-risk";
    public static final String MARK_SLA_BREACHED = "mark-sla-breached";
    public static final String MARK_WAITING_ON_CUSTOMER = "mark-waiting-on-customer";
    public static final String SEND_CUSTOMER_REMINDER = "send-customer-reminder";
    public static final String RESUME_TICKET = "resume-ticket";
    public static final String MARK_TICKET_RESOLVED = "mark-ticket-resolved";
    public static final String REOPEN_TICKET = "reopen-ticket";
    public static final String CLOSE_TICKET = "close-ticket";

    private JobTypes() {}
  }

  public static final class Messages {
    /** Correlated by {@link Variables#TICKET_NUMBER}; message id is the conversation message id. */
    public static final String CUSTOMER_REPLIED = "customer-replied";

    /** Correlated by {@link Variables#TICKET_NUMBER}. */
    public static final String RESOLUTION_CONFIRMED = "resolution-confirmed";

    private Messages() {}
  }

  public static final class Headers {
    /** On mark-sla-at-risk / mark-sla-breached: {@code FIRST_RESPONSE} or {@code RESOLUTION}. */
    public static final String SLA_TARGET = "slaTarget";

    /** On close-ticket: {@code CONFIRMED}, {@code AUTO_CONFIRMED} or {@code NO_CUSTOMER_REPLY}. */
    public static final String CLOSE_REASON = "closeReason";

    private Headers() {}
  }

  public static final class Errors {
    /** Thrown by the end event reached when the customer stays silent after an information request. */
    public static final String CUSTOMER_SILENT = "customer-silent";

    private Errors() {}
  }

  public static final class Variables {
    // set when the process starts
    public static final String TICKET_ID = "ticketId";
    public static final String TICKET_NUMBER = "ticketNumber";
    public static final String PLAN = "plan";
    public static final String PRIORITY = "priority";
    public static final String FIRST_RESPONSE_SENT = "firstResponseSent";
    public static final String REMINDER_AFTER = "reminderAfter";
    public static final String AUTO_CLOSE_AFTER = "autoCloseAfter";
    public static final String AUTO_CONFIRM_AFTER = "autoConfirmAfter";

    // result of the sla-policy decision: a context with firstResponseTarget and resolutionTarget
    public static final String SLA_TARGETS = "slaTargets";

    // set by compute-due-dates (ISO-8601 UTC instants, used as timer dates)
    public static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
    public static final String FIRST_RESPONSE_AT_RISK_AT = "firstResponseAtRiskAt";
    public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
    public static final String RESOLUTION_AT_RISK_AT = "resolutionAtRiskAt";

    // set by the application when an agent completes send-first-response or work-on-ticket
    public static final String AGENT_ACTION = "agentAction";
    /** Username of the agent who owns the ticket; the next Work on ticket task is assigned to them. */
    public static final String TICKET_OWNER = "ticketOwner";

    private Variables() {}
  }

  /** Values of {@link Variables#AGENT_ACTION}. */
  public enum AgentAction {
    REPLY,
    REQUEST_INFO,
    PROPOSE_RESOLUTION
  }

  private SupportTicketProcess() {}
}
