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
class EmergencyClassificationDecisionTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;

  /**
   * Every rule in table order (the critical categories with a non-critical flag or on Starter, to
   * show the flag and plan do not matter), then the rows the first rules must not catch. An empty
   * interval column is null: no status updates outside emergencies.
   */
  @ParameterizedTest(name = "{0} / {1} / {2}: emergency {3}, updates every {4}, senior agent {5}")
  @CsvSource(
      textBlock =
          """
          SITE_DOWN,        NORMAL,   STARTER,    true,  PT30M, true
          DATA_LOSS,        URGENT,   PRO,        true,  PT30M, true
          SECURITY_BREACH,  NORMAL,   ENTERPRISE, true,  PT30M, true
          PAYMENT_FAILURE,  NORMAL,   STARTER,    true,  PT30M, true
          LEGAL_COMPLIANCE, URGENT,   STARTER,    true,  PT30M, true
          SITE_DOWN,        CRITICAL, STARTER,    true,  PT30M, true
          HOW_TO,           CRITICAL, PRO,        true,  PT30M, true
          OTHER,            CRITICAL, ENTERPRISE, true,  PT30M, true
          PERFORMANCE,      CRITICAL, STARTER,    false,      , false
          BILLING,          CRITICAL, STARTER,    false,      , false
          PERFORMANCE,      URGENT,   ENTERPRISE, false,      , false
          BILLING,          NORMAL,   PRO,        false,      , false
          HOW_TO,           NORMAL,   STARTER,    false,      , false
          OTHER,            URGENT,   PRO,        false,      , false
          """)
  void emergency_follows_the_category_then_the_critical_flag_on_pro_and_enterprise(
      String category,
      String urgency,
      String plan,
      boolean emergency,
      String statusUpdateInterval,
      boolean seniorAgentRequired)
      throws Exception {
    ZeebeTestKit kit = new ZeebeTestKit(engine, client);
    kit.deploy("emergency-classification.dmn");

    EvaluateDecisionResponse response =
        kit.evaluateDecision(
            EmergencyClassificationDecision.DECISION_ID,
            Map.of(
                EmergencyClassificationDecision.INPUT_CATEGORY, category,
                EmergencyClassificationDecision.INPUT_URGENCY, urgency,
                EmergencyClassificationDecision.INPUT_PLAN, plan));

    assertThat(response.getFailureMessage()).isNullOrEmpty();
    Map<String, Object> output =
        new ObjectMapper().readValue(response.getDecisionOutput(), new TypeReference<>() {});
    // HashMap, not Map.of: the interval is null when the ticket is not an emergency.
    Map<String, Object> expected = new HashMap<>();
    expected.put(EmergencyClassificationDecision.OUTPUT_EMERGENCY, emergency);
    expected.put(EmergencyClassificationDecision.OUTPUT_STATUS_UPDATE_INTERVAL, statusUpdateInterval);
    expected.put(EmergencyClassificationDecision.OUTPUT_SENIOR_AGENT_REQUIRED, seniorAgentRequired);
    assertThat(output).containsExactlyInAnyOrderEntriesOf(expected);
  }
}
