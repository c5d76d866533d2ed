package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code qa-calibration.bpmn} and the QA service: a QA lead starts it with a
 * ticket and reviewers; each reviewer gets a calibration review task assigned to them.
 */
public final class QaCalibrationProcess {

  public static final String PROCESS_ID = "qa-calibration";

  public static final class Elements {
    /** Multi-instance over {@link Variables#REVIEWERS}, assigned to each {@link Variables#REVIEWER}. */
    public static final String CALIBRATION_REVIEW = "calibration-review";
    public static final String CALIBRATION_SCORED = "calibration-scored";

    private Elements() {}
  }

  public static final class Variables {
    public static final String CALIBRATION_ID = "calibrationId";
    public static final String TICKET_ID = SupportTicketProcess.Variables.TICKET_ID;
    public static final String REVIEWERS = "reviewers";
    public static final String REVIEWER = "reviewer";

    private Variables() {}
  }

  private QaCalibrationProcess() {}
}
