package no.mediaweb.supportflow.processes;

/**
 * Names of {@code escalation-routing.dmn}: escalation reason × plan → the tier a ticket is escalated
 * to, the candidate group whose queue it lands in, and whether a lead must approve the hand-over.
 * Hit policy FIRST: the Enterprise performance row sits above the general performance row, and the
 * last row is a catch-all that routes unknown reasons to {@value #TIER_L2} with approval.
 */
public final class EscalationRoutingDecision {

  public static final String DECISION_ID = "escalation-routing";
  /** One of the {@code REASON_*} values; anything else falls through to the safe default. */
  public static final String INPUT_REASON = "reason";
  /** {@code STARTER}, {@code PRO} or {@code ENTERPRISE}, as in {@link SlaPolicyDecision#INPUT_PLAN}. */
  public static final String INPUT_PLAN = "plan";
  /** One of the {@code TIER_*} values. */
  public static final String OUTPUT_TARGET_TIER = "targetTier";
  /** Boolean: a lead must approve the escalation before it is handed over. */
  public static final String OUTPUT_APPROVAL_REQUIRED = "approvalRequired";
  /** Candidate group of the target tier: one of the {@code QUEUE_*} values. */
  public static final String OUTPUT_QUEUE = "queue";
  /** ISO-8601 duration within which the tier must pick the escalation up. */
  public static final String OUTPUT_TIER_RESPONSE_TARGET = "tierResponseTarget";
  /** ISO-8601 duration within which a manager must decide; null when no approval is needed. */
  public static final String OUTPUT_APPROVAL_RESPONSE_TARGET = "approvalResponseTarget";

  /** Technical problem beyond what L1 frontline can solve. */
  public static final String REASON_BEYOND_FIRST_LEVEL = "BEYOND_FIRST_LEVEL";
  public static final String REASON_INTEGRATION_API = "INTEGRATION_API";
  /** L2, except on Enterprise, where it goes to L3. */
  public static final String REASON_PERFORMANCE = "PERFORMANCE";
  /** L3 without approval: security cannot wait. */
  public static final String REASON_ACCOUNT_SECURITY = "ACCOUNT_SECURITY";
  /** A specialist found a product defect: L3 engineering, with approval. */
  public static final String REASON_ENGINEERING_DEFECT = "ENGINEERING_DEFECT";
  /** Billing dispute needing management review; management reviews it directly. */
  public static final String REASON_BILLING_DISPUTE = "BILLING_DISPUTE";
  public static final String REASON_CONTRACT_ISSUE = "CONTRACT_ISSUE";
  /** No resolution within the SLA; escalated to management automatically. */
  public static final String REASON_SLA_BREACH = "SLA_BREACH";
  /** Feature request needing product input. */
  public static final String REASON_FEATURE_REQUEST = "FEATURE_REQUEST";
  public static final String REASON_CRITICAL_EMERGENCY = "CRITICAL_EMERGENCY";

  /** Technical specialists. */
  public static final String TIER_L2 = "L2";
  /** Engineering. */
  public static final String TIER_L3 = "L3";
  public static final String TIER_MANAGEMENT = "MANAGEMENT";
  public static final String TIER_PRODUCT = "PRODUCT";

  public static final String QUEUE_L2_SPECIALISTS = "l2-specialists";
  public static final String QUEUE_L3_ENGINEERING = "l3-engineering";
  public static final String QUEUE_MANAGERS = "managers";
  public static final String QUEUE_PRODUCT_TEAM = "product-team";

  private EscalationRoutingDecision() {}
}
