package no.mediaweb.supportflow.processes;

/**
 * Names of {@code sla-policy.dmn}: plan × priority → first-response, resolution and next-reply
 * targets, and the calendar they are measured on. Targets are business time on that calendar (a
 * business day on {@value #CALENDAR_BUSINESS_HOURS} is 9 h, Mon–Fri 09:00–18:00).
 */
public final class SlaPolicyDecision {

  public static final String DECISION_ID = "sla-policy";
  public static final String INPUT_PLAN = "plan";
  public static final String INPUT_PRIORITY = "priority";
  /** ISO-8601 duration, e.g. {@code PT4H}. */
  public static final String OUTPUT_FIRST_RESPONSE_TARGET = "firstResponseTarget";
  /** ISO-8601 duration, e.g. {@code PT27H} (3 business days). */
  public static final String OUTPUT_RESOLUTION_TARGET = "resolutionTarget";
  /**
   * ISO-8601 duration, e.g. {@code PT4H}: the plan's response promise, used for the new resolution
   * due date when a resolved ticket is reopened.
   */
  public static final String OUTPUT_NEXT_REPLY_TARGET = "nextReplyTarget";
  /** Id of the calendar the targets run on: {@value #CALENDAR_BUSINESS_HOURS} or {@value #CALENDAR_ROUND_THE_CLOCK}. */
  public static final String OUTPUT_CALENDAR = "calendar";

  /** Mon–Fri 09:00–18:00: every plan and priority except Enterprise's emergency line. */
  public static final String CALENDAR_BUSINESS_HOURS = "business-hours";
  /** 24/7: Enterprise + CRITICAL, the emergency line. */
  public static final String CALENDAR_ROUND_THE_CLOCK = "round-the-clock";

  private SlaPolicyDecision() {}
}
