package no.mediaweb.supportflow.processes;

/**
 * Names of {@code emergency-classification.dmn}: category × the customer's urgency flag × plan →
 * whether the ticket is an emergency, how often the customer gets a status update and whether a
 * senior agent must take it. The five critical categories are emergencies whatever the flag; a
 * {@value #URGENCY_CRITICAL} flag is an emergency on Pro and Enterprise, not on Starter (e-mail
 * support only).
 */
public final class EmergencyClassificationDecision {

  public static final String DECISION_ID = "emergency-classification";
  /** One of the {@code CATEGORY_*} values. */
  public static final String INPUT_CATEGORY = "category";
  /** The customer's flag: one of the {@code URGENCY_*} values. */
  public static final String INPUT_URGENCY = "urgency";
  /** {@code STARTER}, {@code PRO} or {@code ENTERPRISE}, as in {@link SlaPolicyDecision#INPUT_PLAN}. */
  public static final String INPUT_PLAN = "plan";
  /** Boolean. */
  public static final String OUTPUT_EMERGENCY = "emergency";
  /**
   * ISO-8601 duration between status updates to the customer, {@value #STATUS_UPDATE_INTERVAL_EMERGENCY}
   * for emergencies; null when the ticket is not an emergency.
   */
  public static final String OUTPUT_STATUS_UPDATE_INTERVAL = "statusUpdateInterval";
  /** Boolean. */
  public static final String OUTPUT_SENIOR_AGENT_REQUIRED = "seniorAgentRequired";

  /** Complete outage. Critical: an emergency whatever the urgency flag. */
  public static final String CATEGORY_SITE_DOWN = "SITE_DOWN";
  /** Data loss or corruption. Critical. */
  public static final String CATEGORY_DATA_LOSS = "DATA_LOSS";
  /** Critical. */
  public static final String CATEGORY_SECURITY_BREACH = "SECURITY_BREACH";
  /** Payment processing failure. Critical. */
  public static final String CATEGORY_PAYMENT_FAILURE = "PAYMENT_FAILURE";
  /** Critical. */
  public static final String CATEGORY_LEGAL_COMPLIANCE = "LEGAL_COMPLIANCE";
  public static final String CATEGORY_PERFORMANCE = "PERFORMANCE";
  public static final String CATEGORY_HOW_TO = "HOW_TO";
  public static final String CATEGORY_BILLING = "BILLING";
  public static final String CATEGORY_OTHER = "OTHER";

  public static final String URGENCY_NORMAL = "NORMAL";
  public static final String URGENCY_URGENT = "URGENT";
  /** An emergency on Pro and Enterprise; not on Starter. */
  public static final String URGENCY_CRITICAL = "CRITICAL";

  /** Status updates every 30 minutes while an emergency is open. */
  public static final String STATUS_UPDATE_INTERVAL_EMERGENCY = "PT30M";

  private EmergencyClassificationDecision() {}
}
