package no.mediaweb.supportflow.escalation;

import java.util.EnumSet;
import java.util.Set;
import no.mediaweb.supportflow.processes.EscalationRoutingDecision;

/** Why a ticket is escalated; escalation-routing.dmn turns it into a tier. Names match the table. */
public enum EscalationReason {
  BEYOND_FIRST_LEVEL(EscalationRoutingDecision.REASON_BEYOND_FIRST_LEVEL, "Technical problem beyond first level"),
  INTEGRATION_API(EscalationRoutingDecision.REASON_INTEGRATION_API, "Integration or API problem"),
  PERFORMANCE(EscalationRoutingDecision.REASON_PERFORMANCE, "Performance problem"),
  ACCOUNT_SECURITY(EscalationRoutingDecision.REASON_ACCOUNT_SECURITY, "Account security"),
  ENGINEERING_DEFECT(EscalationRoutingDecision.REASON_ENGINEERING_DEFECT, "Defect in the product (engineering)"),
  BILLING_DISPUTE(EscalationRoutingDecision.REASON_BILLING_DISPUTE, "Billing dispute"),
  CONTRACT_ISSUE(EscalationRoutingDecision.REASON_CONTRACT_ISSUE, "Contract issue"),
  FEATURE_REQUEST(EscalationRoutingDecision.REASON_FEATURE_REQUEST, "Feature request for the product team"),
  SLA_BREACH(EscalationRoutingDecision.REASON_SLA_BREACH, "SLA breached"),
  CRITICAL_EMERGENCY(EscalationRoutingDecision.REASON_CRITICAL_EMERGENCY, "Critical emergency");

  /** The reasons people choose; the last two are set by the workflow only. */
  public static final Set<EscalationReason> CHOOSABLE = EnumSet.range(BEYOND_FIRST_LEVEL, FEATURE_REQUEST);

  private final String code;
  private final String label;

  EscalationReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String code) {
    for (EscalationReason reason : values()) {
      if (reason.code.equals(code)) {
        return reason.label;
      }
    }
    return code;
  }
}
