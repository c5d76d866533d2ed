package no.mediaweb.supportflow.sla;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.util.Map;
import no.mediaweb.supportflow.processes.SlaPolicyDecision;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed sla-policy decision outside a process, for a ticket whose priority or
 * plan changes: the same table decides, whoever asks.
 */
@Component
public class SlaPolicy {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final CamundaClient client;

  SlaPolicy(CamundaClient client) {
    this.client = client;
  }

  public SlaTargets targetsFor(String plan, String priority) {
    String output =
        client
            .newEvaluateDecisionCommand()
            .decisionId(SlaPolicyDecision.DECISION_ID)
            .variables(Map.of(SlaPolicyDecision.INPUT_PLAN, plan, SlaPolicyDecision.INPUT_PRIORITY, priority))
            .send()
            .join()
            .getDecisionOutput();
    try {
      SlaTargets targets = JSON.readValue(output, SlaTargets.class);
      if (targets == null || targets.firstResponseTarget() == null) {
        throw new IllegalStateException("The SLA policy has no targets for plan " + plan + " and priority " + priority);
      }
      return targets;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Unreadable sla-policy output: " + output, e);
    }
  }
}
