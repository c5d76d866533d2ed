package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ZeebeProcessTest
class EscalationRoutingDecisionTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;

  /** One row per rule, in table order; the last row hits the catch-all. */
  @ParameterizedTest(name = "{0} / {1}: {2}, approval {3}, queue {4}")
  @CsvSource(
      textBlock =
          """
          BEYOND_FIRST_LEVEL, STARTER,    L2,         true,  l2-specialists
          INTEGRATION_API,    PRO,        L2,         true,  l2-specialists
          PERFORMANCE,        ENTERPRISE, L3,         true,  l3-engineering
          PERFORMANCE,        PRO,        L2,         true,  l2-specialists
          ACCOUNT_SECURITY,   STARTER,    L3,         false, l3-engineering
          BILLING_DISPUTE,    PRO,        MANAGEMENT, false, managers
          CONTRACT_ISSUE,     ENTERPRISE, MANAGEMENT, false, managers
          SLA_BREACH,         STARTER,    MANAGEMENT, false, managers
          FEATURE_REQUEST,    ENTERPRISE, PRODUCT,    true,  product-team
          CRITICAL_EMERGENCY, PRO,        L3,         false, l3-engineering
          SOMETHING_NEW,      ENTERPRISE, L2,         true,  l2-specialists
          """)
  void escalation_is_routed_by_reason_and_plan(
      String reason, String plan, String targetTier, boolean approvalRequired, String queue)
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
    assertThat(output)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                EscalationRoutingDecision.OUTPUT_TARGET_TIER, targetTier,
                EscalationRoutingDecision.OUTPUT_APPROVAL_REQUIRED, approvalRequired,
                EscalationRoutingDecision.OUTPUT_QUEUE, queue));
  }
}
