package no.mediaweb.supportflow.escalation;

import java.util.Map;
import no.mediaweb.supportflow.processes.EscalationRoutingDecision;

/** What people call the tiers and their queues. */
public final class Tiers {

  private static final Map<String, String> TIERS =
      Map.of(
          EscalationRoutingDecision.TIER_L2, "L2 technical specialists",
          EscalationRoutingDecision.TIER_L3, "L3 engineering",
          EscalationRoutingDecision.TIER_MANAGEMENT, "Management",
          EscalationRoutingDecision.TIER_PRODUCT, "Product team");

  private Tiers() {}

  public static String label(String tier) {
    return tier == null ? "—" : TIERS.getOrDefault(tier, tier);
  }
}
