package no.mediaweb.supportflow.processes;

/** Names of {@code sla-policy.dmn}: plan × priority → first-response and resolution targets. */
public final class SlaPolicyDecision {

  public static final String DECISION_ID = "sla-policy";
  public static final String INPUT_PLAN = "plan";
  public static final String INPUT_PRIORITY = "priority";
  /** ISO-8601 duration, e.g. {@code PT4H}. */
  public static final String OUTPUT_FIRST_RESPONSE_TARGET = "firstResponseTarget";
  /** ISO-8601 duration, e.g. {@code P3D}. */
  public static final String OUTPUT_RESOLUTION_TARGET = "resolutionTarget";

  private SlaPolicyDecision() {}
}
