package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ZeebeProcessTest
class EscalationRoutingDecisionTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;

  /** One row per rule, in table order; the last row hits the catch-all. */
  @ParameterizedTest(name = "{0} / {1}: {2}, approval {3}, queue {4}, tier within {5}, approval within {6}")
  @CsvSource(
      textBlock =
          """
          BEYOND_FIRST_LEVEL, STARTER,    L2,         true,  l2-specialists, PT4H,  PT1H
          INTEGRATION_API,    PRO,        L2,         true,  l2-specialists, PT4H,  PT1H
          PERFORMANCE,        ENTERPRISE, L3,         true,  l3-engineering, PT2H,  PT30M
          PERFORMANCE,        PRO,        L2,         true,  l2-specialists, PT4H,  PT1H
          ACCOUNT_SECURITY,   STARTER,    L3,         false, l3-engineering, PT1H,
          ENGINEERING_DEFECT, PRO,        L3,         true,  l3-engineering, PT8H,  PT1H
          BILLING_DISPUTE,    PRO,        MANAGEMENT, false, managers,       PT8H,
          CONTRACT_ISSUE,     ENTERPRISE, MANAGEMENT, false, managers,       PT8H,
          SLA_BREACH,         STARTER,    MANAGEMENT, false, managers,       PT1H,
          FEATURE_REQUEST,    ENTERPRISE, PRODUCT,    true,  product-team,   P5D,   PT1H
          CRITICAL_EMERGENCY, PRO,        L3,         false, l3-engineering, PT30M,
          SOMETHING_NEW,      ENTERPRISE, L2,         true,  l2-specialists, PT4H,  PT1H
          """)
  void escalation_is_routed_by_reason_and_plan(
      String reason, String plan, String targetTier, boolean approvalRequired, String queue,
      String tierResponseTarget, String approvalResponseTarget)
      throws Exception {
    ZeebeTestKit kit = new ZeebeTestKit(engine, client);
    kit.deploy("escalation-routing.dmn");

    EvaluateDecisionResponse response =
        kit.evaluateDecision(
            EscalationRoutingDecision.DECISION_ID,
            Map.of(
                EscalationRoutingDecision.INPUT_REASON, reason,
                EscalationRoutingDecision.INPUT_PLAN, plan));

    assertThat(response.getFailureMessage()).isNullOrEmpty();
    Map<String, Object> output =
        new ObjectMapper().readValue(response.getDecisionOutput(), new TypeReference<>() {});
    Map<String, Object> expected = new HashMap<>();
    expected.put(EscalationRoutingDecision.OUTPUT_TARGET_TIER, targetTier);
    expected.put(EscalationRoutingDecision.OUTPUT_APPROVAL_REQUIRED, approvalRequired);
    expected.put(EscalationRoutingDecision.OUTPUT_QUEUE, queue);
    expected.put(EscalationRoutingDecision.OUTPUT_TIER_RESPONSE_TARGET, tierResponseTarget);
    expected.put(EscalationRoutingDecision.OUTPUT_APPROVAL_RESPONSE_TARGET, approvalResponseTarget);
    assertThat(output).containsExactlyInAnyOrderEntriesOf(expected);
  }
}
