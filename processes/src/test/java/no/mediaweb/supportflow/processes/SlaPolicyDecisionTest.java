package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ZeebeProcessTest
class SlaPolicyDecisionTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;

  @ParameterizedTest(name = "{0} / {1}: first response {2}, resolution {3}, next reply {4}, on {5}")
  @CsvSource(
      textBlock =
          """
          STARTER,    LOW,      PT24H, PT24H, PT24H, business-hours
          STARTER,    NORMAL,   PT24H, PT27H, PT24H, business-hours
          STARTER,    HIGH,     PT24H, PT24H, PT24H, business-hours
          STARTER,    CRITICAL, PT24H, PT24H, PT24H, business-hours
          PRO,        LOW,      PT4H,  PT8H,  PT4H,  business-hours
          PRO,        NORMAL,   PT4H,  PT27H, PT4H,  business-hours
          PRO,        HIGH,     PT4H,  PT6H,  PT4H,  business-hours
          PRO,        CRITICAL, PT4H,  PT2H,  PT4H,  business-hours
          ENTERPRISE, LOW,      PT2H,  PT8H,  PT2H,  business-hours
          ENTERPRISE, NORMAL,   PT2H,  PT18H, PT2H,  business-hours
          ENTERPRISE, HIGH,     PT2H,  PT4H,  PT2H,  business-hours
          ENTERPRISE, CRITICAL, PT2H,  PT1H,  PT2H,  round-the-clock
          """)
  void sla_targets_and_calendar_follow_the_plan_and_the_priority(
      String plan,
      String priority,
      String firstResponseTarget,
      String resolutionTarget,
      String nextReplyTarget,
      String calendar)
      throws Exception {
    ZeebeTestKit kit = new ZeebeTestKit(engine, client);
    kit.deploy("sla-policy.dmn");

    EvaluateDecisionResponse response =
        kit.evaluateDecision(
            SlaPolicyDecision.DECISION_ID,
            Map.of(SlaPolicyDecision.INPUT_PLAN, plan, SlaPolicyDecision.INPUT_PRIORITY, priority));

    assertThat(response.getFailureMessage()).isNullOrEmpty();
    Map<String, Object> output =
        new ObjectMapper().readValue(response.getDecisionOutput(), new TypeReference<>() {});
    assertThat(output)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                SlaPolicyDecision.OUTPUT_FIRST_RESPONSE_TARGET, firstResponseTarget,
                SlaPolicyDecision.OUTPUT_RESOLUTION_TARGET, resolutionTarget,
                SlaPolicyDecision.OUTPUT_NEXT_REPLY_TARGET, nextReplyTarget,
                SlaPolicyDecision.OUTPUT_CALENDAR, calendar));
  }

  /**
   * The table has no catch-all row: an unknown plan or priority yields no targets (null) rather
   * than a failure, so compute-due-dates must treat a missing {@code slaTargets} as an error.
   */
  @Test
  void unknown_plan_matches_no_rule_and_yields_no_targets() {
    ZeebeTestKit kit = new ZeebeTestKit(engine, client);
    kit.deploy("sla-policy.dmn");

    EvaluateDecisionResponse response =
        kit.evaluateDecision(
            SlaPolicyDecision.DECISION_ID,
            Map.of(SlaPolicyDecision.INPUT_PLAN, "FREE", SlaPolicyDecision.INPUT_PRIORITY, "HIGH"));

    assertThat(response.getFailureMessage()).isNullOrEmpty();
    assertThat(response.getDecisionOutput()).isEqualTo("null");
  }
}
