package no.mediaweb.supportflow.processes;

/**
 * Names shared by {@code satisfaction-survey.bpmn}, its workers and the application. Started by
 * {@link Messages#SURVEY_REQUESTED} when a ticket is resolved; one survey per ticket.
 */
public final class SatisfactionSurveyProcess {

  public static final String PROCESS_ID = "satisfaction-survey";

  /** Candidate group of the follow-up on a low score. */
  public static final String GROUP_MANAGERS = EscalationProcess.GROUP_MANAGERS;

  public static final class Elements {
    /** Job-based user task for the managers after a score of 1 or 2; completed with a note. */
    public static final String FOLLOW_UP_LOW_SCORE = "follow-up-low-score";
    public static final String WAIT_FOR_ANSWER = "wait-for-answer";

    private Elements() {}
  }

  public static final class JobTypes {
    /** Returns {@link Variables#SURVEY_ID} and {@link Variables#FIRST_SURVEY}. */
    public static final String REGISTER_SURVEY = "register-survey";
    /**
     * Returns {@link Variables#SURVEY_EXPIRES_AT}; throws {@link Errors#TICKET_REOPENED} when the
     * ticket was reopened before the survey went out.
     */
    public static final String SEND_SURVEY = "send-survey";
    public static final String WITHDRAW_SURVEY = "withdraw-survey";
    public static final String SEND_SURVEY_REMINDER = "send-survey-reminder";
    /** Returns {@link Variables#SURVEY_ANSWERED} (and {@link Variables#SURVEY_SCORE} when an answer came late). */
    public static final String RECORD_NO_RESPONSE = "record-no-response";

    private JobTypes() {}
  }

  public static final class Messages {
    /**
     * Starts the survey, correlated by the ticket number (one running survey per ticket), with the
     * variables {@link Variables#TICKET_ID}, {@link Variables#TICKET_NUMBER} and the three durations.
     * Message id: ticket id and resolution time.
     */
    public static final String SURVEY_REQUESTED = "survey-requested";

    /** The ticket was reopened: withdraws a survey still waiting for its delay. Time to live zero. */
    public static final String TICKET_REOPENED = "ticket-reopened";

    /** The customer answered: carries {@link Variables#SURVEY_SCORE}; message id per survey. */
    public static final String SURVEY_ANSWERED = "survey-answered";

    private Messages() {}
  }

  public static final class Errors {
    public static final String TICKET_REOPENED = "ticket-reopened";

    private Errors() {}
  }

  public static final class Variables {
    public static final String TICKET_ID = SupportTicketProcess.Variables.TICKET_ID;
    public static final String TICKET_NUMBER = SupportTicketProcess.Variables.TICKET_NUMBER;
    /** ISO-8601 duration between the resolution and the survey (default PT24H). */
    public static final String SURVEY_DELAY = "surveyDelay";
    /** ISO-8601 duration between sending and the reminder (default P3D). */
    public static final String SURVEY_REMINDER_AFTER = "surveyReminderAfter";
    /** ISO-8601 duration the link is valid after sending (default P7D). */
    public static final String SURVEY_EXPIRY = "surveyExpiry";
    public static final String SURVEY_ID = "surveyId";
    public static final String FIRST_SURVEY = "firstSurvey";
    /** ISO-8601 instant the link expires; the expiry timer's date. */
    public static final String SURVEY_EXPIRES_AT = "surveyExpiresAt";
    public static final String SURVEY_ANSWERED = "surveyAnswered";
    /** 1–5. */
    public static final String SURVEY_SCORE = "surveyScore";

    private Variables() {}
  }

  private SatisfactionSurveyProcess() {}
}
