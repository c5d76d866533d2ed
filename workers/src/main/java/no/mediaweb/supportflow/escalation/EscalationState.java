package no.mediaweb.supportflow.escalation;

import java.util.EnumSet;
import java.util.Set;

public enum EscalationState {
  REQUESTED("Requested"),
  AWAITING_APPROVAL("Awaiting approval"),
  WITH_TIER("With the tier"),
  RESOLVED("Solved by the tier"),
  RETURNED("Returned to the owner"),
  REJECTED("Rejected"),
  WITHDRAWN("Withdrawn");

  public static final Set<EscalationState> OPEN = EnumSet.of(REQUESTED, AWAITING_APPROVAL, WITH_TIER);

  private final String label;

  EscalationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
