package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code monthly-metrics.bpmn}, its workers and the monthly review screen. A timer
 * start event (cron {@link #CYCLE}, the 1st at 05:30 UTC) computes the previous month into the
 * summary tables; a manager reviews it in a job-based user task for {@link #GROUP_MANAGERS}, and the
 * review is filed with the month.
 */
public final class MonthlyMetricsProcess {

  public static final String PROCESS_ID = "monthly-metrics";

  /** The timer start event's cycle as written in the BPMN; a different cycle is a new BPMN version. */
  public static final String CYCLE = "0 30 5 1 * *";

  /** Managers review the month. */
  public static final String GROUP_MANAGERS = "managers";

  public static final class Elements {
    public static final String FIRST_OF_THE_MONTH = "first-of-the-month";
    public static final String COMPUTE_METRICS = "compute-metrics";
    /** Job-based user task without a ticket, due 5 days after it is created. */
    public static final String REVIEW_METRICS = "review-metrics";
    public static final String FILE_REVIEW = "file-review";
    public static final String MONTH_REVIEWED = "month-reviewed";

    private Elements() {}
  }

  public static final class JobTypes {
    /** Computes the previous month (reporting zone); returns {@link Variables#MONTH}. */
    public static final String COMPUTE_MONTHLY_METRICS = "compute-monthly-metrics";
    /** Writes the review's notes and actions with the month, once. */
    public static final String FILE_METRICS_REVIEW = "file-metrics-review";

    private JobTypes() {}
  }

  public static final class Variables {
    /** The computed month, {@code YYYY-MM}. */
    public static final String MONTH = "month";
    /** The reviewer's notes on the month (required). */
    public static final String REVIEW_NOTES = "reviewNotes";
    /** The actions the reviewer agreed (optional). */
    public static final String REVIEW_ACTIONS = "reviewActions";
    /** Username of the manager who completed the review. */
    public static final String REVIEWER = "reviewer";

    private Variables() {}
  }

  private MonthlyMetricsProcess() {}
}
