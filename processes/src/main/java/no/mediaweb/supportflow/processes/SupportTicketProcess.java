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
    /** Sub-process "Resolve the issue": handling plus the waits on the customer. */
    public static final String RESOLVE_ISSUE = "resolve-issue";
    /**
     * Sub-process "Handle the ticket" inside {@link #RESOLVE_ISSUE}: first response and work, with
     * the SLA timers. It is left while the ticket waits on the customer (the resolution clock is
     * paused) and re-entered after the reply or on {@link Messages#SLA_TARGETS_CHANGED}, which
     * re-arms every SLA timer at the current due dates.
     */
    public static final String HANDLE_TICKET = "handle-ticket";
    /** Call activity (escalation.bpmn) of the event sub-process that {@link Messages#ESCALATION_REQUESTED} starts. */
    public static final String ESCALATE_TICKET = "escalate-ticket";
    /** Call activity (escalation.bpmn) of the event sub-process that the sla-breached escalation starts. */
    public static final String ESCALATE_BREACH = "escalate-breach";
    /** Call activity (emergency-response.bpmn), beside "Resolve the issue". */
    public static final String RUN_EMERGENCY_RESPONSE = "run-emergency-response";

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
    /** Returns new {@link Variables#RESOLUTION_DUE_AT} and {@link Variables#RESOLUTION_AT_RISK_AT} (paused clock). */
    public static final String RESUME_TICKET = "resume-ticket";
    public static final String MARK_TICKET_RESOLVED = "mark-ticket-resolved";
    /** Returns new {@link Variables#RESOLUTION_DUE_AT} and {@link Variables#RESOLUTION_AT_RISK_AT} (next-reply target). */
    public static final String REOPEN_TICKET = "reopen-ticket";
    public static final String CLOSE_TICKET = "close-ticket";
    /** Marks the ticket's open escalations withdrawn; "Issue resolved" then ends them with the sub-process. */
    public static final String WITHDRAW_ESCALATIONS = "withdraw-escalations";

    private JobTypes() {}
  }

  public static final class Messages {
    /** Correlated by {@link Variables#TICKET_NUMBER}; message id is the conversation message id. */
    public static final String CUSTOMER_REPLIED = "customer-replied";

    /** Correlated by {@link Variables#TICKET_NUMBER}. */
    public static final String RESOLUTION_CONFIRMED = "resolution-confirmed";

    /**
     * Priority or plan changed: correlated by {@link Variables#TICKET_NUMBER}, interrupts {@link
     * Elements#HANDLE_TICKET} and re-enters it, re-arming the SLA timers. Publish it with the
     * recomputed {@link Variables#SLA_TARGETS}, {@link Variables#FIRST_RESPONSE_DUE_AT}, {@link
     * Variables#FIRST_RESPONSE_AT_RISK_AT}, {@link Variables#RESOLUTION_DUE_AT} and {@link
     * Variables#RESOLUTION_AT_RISK_AT}, and a time to live of zero: it only correlates while the
     * ticket is being handled (not while it waits on the customer or for confirmation).
     */
    public static final String SLA_TARGETS_CHANGED = "sla-targets-changed";

    /**
     * Correlated by {@link Variables#TICKET_NUMBER} while the issue is being resolved; starts an
     * escalation with the {@code EscalationProcess.Variables} escalationKey, escalationReason,
     * escalationNote, escalationRequestedBy and escalationTrigger it carries. Use the escalation key
     * as message id.
     */
    public static final String ESCALATION_REQUESTED = "escalation-requested";

    /** Published when the ticket is resolved, for its emergency response; correlated by {@link Variables#TICKET_NUMBER}. */
    public static final String TICKET_RESOLVED = "ticket-resolved";

    /** Published when the ticket is closed, for its emergency response; correlated by {@link Variables#TICKET_NUMBER}. */
    public static final String TICKET_CLOSED = "ticket-closed";

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

  public static final class Escalations {
    /**
     * Thrown (not caught yet) right after mark-sla-breached, once for the first response and once
     * for the resolution; the throwing element ({@code first-response-sla-breached} or {@code
     * resolution-sla-breached}) tells which target was breached.
     */
    public static final String SLA_BREACHED = "sla-breached";

    private Escalations() {}
  }

  public static final class Variables {
    // set when the process starts
    public static final String TICKET_ID = "ticketId";
    /** When the intake started the process; a process whose ticket never committed is discarded a while after. */
    public static final String OPENED_AT = "openedAt";
    public static final String TICKET_NUMBER = "ticketNumber";
    public static final String PLAN = "plan";
    public static final String PRIORITY = "priority";
    public static final String FIRST_RESPONSE_SENT = "firstResponseSent";
    public static final String REMINDER_AFTER = "reminderAfter";
    public static final String AUTO_CLOSE_AFTER = "autoCloseAfter";
    public static final String AUTO_CONFIRM_AFTER = "autoConfirmAfter";
    /** A {@code Category} name; with the priority it decides whether the ticket is an emergency. */
    public static final String CATEGORY = "category";

    // result of the emergency-classification decision: emergency, statusUpdateInterval, seniorAgentRequired
    public static final String EMERGENCY_CLASSIFICATION = "emergencyClassification";

    // result of the sla-policy decision: a context with firstResponseTarget, resolutionTarget,
    // nextReplyTarget and calendar (see SlaPolicyDecision)
    public static final String SLA_TARGETS = "slaTargets";

    // set by compute-due-dates (ISO-8601 UTC instants, used as timer dates); the resolution dates
    // are set again by resume-ticket and reopen-ticket, all four by sla-targets-changed
    public static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
    public static final String FIRST_RESPONSE_AT_RISK_AT = "firstResponseAtRiskAt";
    public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
    public static final String RESOLUTION_AT_RISK_AT = "resolutionAtRiskAt";

    // set by the application when an agent completes send-first-response or work-on-ticket
    public static final String AGENT_ACTION = "agentAction";
    /** Username of the agent who owns the ticket (claimed it or answered); its agent tasks are assigned to them. */
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
