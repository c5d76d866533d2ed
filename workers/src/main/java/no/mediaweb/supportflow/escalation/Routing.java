package no.mediaweb.supportflow.escalation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The escalation-routing decision's result, as the escalation process carries it in {@code routing}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Routing(
    String targetTier, boolean approvalRequired, String queue, String tierResponseTarget, String approvalResponseTarget) {

  public String tierLabel() {
    return Tiers.label(targetTier);
  }
}
