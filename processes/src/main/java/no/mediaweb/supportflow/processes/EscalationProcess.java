package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code escalation.bpmn}, its workers and the application. An escalation is
 * started by {@code support-ticket.bpmn} ("Resolve the issue"): on an agent's request (message
 * {@link SupportTicketProcess.Messages#ESCALATION_REQUESTED}), on an SLA breach, or by the
 * emergency response. Each escalation has its own {@link Variables#ESCALATION_KEY}, which
 * correlates the messages meant for it.
 */
public final class EscalationProcess {

  public static final String PROCESS_ID = "escalation";

  /** Candidate group of the managers who approve escalations. */
  public static final String GROUP_MANAGERS = "managers";

  public static final class Elements {
    /** User task for {@link #GROUP_MANAGERS}: completed with {@link Variables#APPROVAL_DECISION}. */
    public static final String APPROVE_ESCALATION = "approve-escalation";
    /** User task for the tier's queue: completed with {@link Variables#TIER_OUTCOME}. */
    public static final String WORK_ESCALATION = "work-escalation";

    private Elements() {}
  }

  public static final class JobTypes {
    /** Stores (or updates, after a further escalation) the escalation row with its routing. */
    public static final String RECORD_ESCALATION = "record-escalation";
    public static final String APPROVE_ESCALATION_ON_BREACH = "approve-escalation-on-breach";
    public static final String HAND_OVER_ESCALATION = "hand-over-escalation";
    /** Header {@link Headers#OUTCOME} says how the escalation ends. */
    public static final String CLOSE_ESCALATION = "close-escalation";
    /** Header {@link Headers#AUDIENCE} says who is reminded. */
    public static final String SEND_ESCALATION_REMINDER = "send-escalation-reminder";

    private JobTypes() {}
  }

  public static final class Messages {
    /**
     * The ticket's SLA was breached while the escalation waits for approval: it is approved at once.
     * Correlated by {@link Variables#ESCALATION_KEY}.
     */
    public static final String ESCALATION_EXPEDITED = "escalation-expedited";
    /** Correlated by {@link Variables#ESCALATION_KEY}; ends the escalation wherever it is. */
    public static final String ESCALATION_WITHDRAWN = "escalation-withdrawn";

    private Messages() {}
  }

  public static final class Headers {
    /** On close-escalation: a {@link Outcome} name. */
    public static final String OUTCOME = "outcome";
    /** On send-escalation-reminder: an {@link Audience} name. */
    public static final String AUDIENCE = "audience";

    private Headers() {}
  }

  public static final class Variables {
    // set by the caller
    public static final String ESCALATION_KEY = "escalationKey";
    /** One of the {@code EscalationRoutingDecision.REASON_*} values. */
    public static final String ESCALATION_REASON = "escalationReason";
    public static final String ESCALATION_NOTE = "escalationNote";
    /** Display name of who asked for it, or the automatic trigger's name. */
    public static final String ESCALATION_REQUESTED_BY = "escalationRequestedBy";
    /** A {@link Trigger} name. */
    public static final String ESCALATION_TRIGGER = "escalationTrigger";

    /** Result of escalation-routing.dmn: targetTier, approvalRequired, queue, tierResponseTarget, approvalResponseTarget. */
    public static final String ROUTING = "routing";

    /** Set when a manager completes {@link Elements#APPROVE_ESCALATION}: an {@link ApprovalDecision} name. */
    public static final String APPROVAL_DECISION = "approvalDecision";
    /** Set when the tier completes {@link Elements#WORK_ESCALATION}: a {@link TierOutcome} name. */
    public static final String TIER_OUTCOME = "tierOutcome";

    private Variables() {}
  }

  public enum Trigger {
    AGENT,
    SLA_BREACH,
    EMERGENCY
  }

  public enum ApprovalDecision {
    APPROVED,
    REJECTED
  }

  public enum TierOutcome {
    /** The tier solved it; the ticket owner tells the customer and proposes the resolution. */
    RESOLVED,
    /** The tier hands it back to the owner (e.g. not reproducible, needs the customer). */
    RETURNED,
    /** Routed again with a new {@link Variables#ESCALATION_REASON}. */
    ESCALATE_FURTHER
  }

  /** Values of {@link Headers#OUTCOME}. */
  public enum Outcome {
    RESOLVED,
    RETURNED,
    REJECTED
  }

  /** Values of {@link Headers#AUDIENCE}. */
  public enum Audience {
    /** The managers: an approval is overdue. */
    APPROVERS,
    /** The tier's queue: nobody has picked up the escalation within its response target. */
    TIER
  }

  private EscalationProcess() {}
}
