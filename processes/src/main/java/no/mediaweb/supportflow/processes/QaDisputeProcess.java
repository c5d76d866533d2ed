package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code qa-dispute.bpmn} and the QA service: started by the application when an
 * agent disputes a review; one task for {@link #GROUP_QA_LEADS}.
 */
public final class QaDisputeProcess {

  public static final String PROCESS_ID = "qa-dispute";

  /** QA staff who decide disputes and start calibrations. */
  public static final String GROUP_QA_LEADS = "qa-leads";

  public static final class Elements {
    public static final String DECIDE_DISPUTE = "decide-dispute";
    public static final String DISPUTE_DECIDED = "dispute-decided";

    private Elements() {}
  }

  public static final class Variables {
    public static final String DISPUTE_ID = "disputeId";
    public static final String TICKET_ID = SupportTicketProcess.Variables.TICKET_ID;
    /** Set when the task completes: {@code UPHELD} or {@code ADJUSTED}. */
    public static final String DISPUTE_DECISION = "disputeDecision";

    private Variables() {}
  }

  private QaDisputeProcess() {}
}
