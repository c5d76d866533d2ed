package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code qa-sampling.bpmn}, its worker and the QA screens. A timer start event
 * (cron {@link #CYCLE}, Monday 06:00 UTC) draws the week's sample; each sampled ticket becomes a
 * job-based user task for {@link #GROUP_QA_REVIEWERS}, carrying {@link Variables#TICKET_ID}.
 */
public final class QaSamplingProcess {

  public static final String PROCESS_ID = "qa-sampling";

  /** The timer start event's cycle as written in the BPMN; a different cycle is a new BPMN version. */
  public static final String CYCLE = "0 0 6 * * MON";

  /** Staff who score tickets: QA users work this group's tasks. */
  public static final String GROUP_QA_REVIEWERS = "qa-reviewers";

  public static final class Elements {
    public static final String WEEKLY_SAMPLE_DUE = "weekly-sample-due";
    public static final String DRAW_SAMPLE = "draw-sample";
    /** Multi-instance user task, one per sampled ticket; completed by the review screen. */
    public static final String REVIEW_TICKET = "review-ticket";
    public static final String SAMPLE_REVIEWED = "sample-reviewed";

    private Elements() {}
  }

  public static final class JobTypes {
    /** Records the run (seed, period) and the sample; returns {@link Variables#SAMPLED_TICKET_IDS}. */
    public static final String DRAW_SAMPLE = "draw-sample";

    private JobTypes() {}
  }

  public static final class Variables {
    /** The ticket ids of the run's sample, the review task's input collection. */
    public static final String SAMPLED_TICKET_IDS = "sampledTicketIds";
    /** One sampled ticket: the review task's input element, read by the inbox. */
    public static final String TICKET_ID = SupportTicketProcess.Variables.TICKET_ID;

    private Variables() {}
  }

  private QaSamplingProcess() {}
}
