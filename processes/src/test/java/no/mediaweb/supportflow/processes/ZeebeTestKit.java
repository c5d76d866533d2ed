package no.mediaweb.supportflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.DeploymentEvent;
import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.ProcessMessageSubscriptionIntent;
import io.camunda.zeebe.protocol.record.value.ProcessMessageSubscriptionRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

/**
 * The one place that talks to Zeebe Process Test's engine: deploy, start, stand in for workers
 * (activate and complete jobs), publish messages and move the engine's clock. Tests get the engine
 * and client injected by {@code @ZeebeProcessTest} and wrap them in this kit, so a later move to
 * Camunda Process Test touches this class only.
 */
final class ZeebeTestKit {

  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

  private final ZeebeTestEngine engine;
  private final ZeebeClient client;
  private Duration timeTravelled = Duration.ZERO;

  ZeebeTestKit(ZeebeTestEngine engine, ZeebeClient client) {
    this.engine = engine;
    this.client = client;
  }

  void deploy(String... classpathResources) {
    var command = client.newDeployResourceCommand().addResourceFromClasspath(classpathResources[0]);
    for (int i = 1; i < classpathResources.length; i++) {
      command = command.addResourceFromClasspath(classpathResources[i]);
    }
    DeploymentEvent deployment = command.send().join();
    waitForIdleState();
    assertThat(deployment.getProcesses().size() + deployment.getDecisions().size())
        .as("deployed processes and decisions of %s", List.of(classpathResources))
        .isPositive();
  }

  ProcessInstanceEvent start(String processId, Map<String, Object> variables) {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .send()
            .join();
    waitForIdleState();
    return instance;
  }

  /** Starts an instance right before {@code elementId}, to test a late detour without replaying the whole path. */
  ProcessInstanceEvent startBefore(String processId, String elementId, Map<String, Object> variables) {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .startBeforeElement(elementId)
            .send()
            .join();
    waitForIdleState();
    return instance;
  }

  EvaluateDecisionResponse evaluateDecision(String decisionId, Map<String, Object> variables) {
    return client.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join();
  }

  /** Activates the one open job of {@code jobType}, as its worker would; fails if there is none or more. */
  ActivatedJob activateJob(String jobType) {
    List<ActivatedJob> jobs = activateJobs(jobType);
    assertThat(jobs).as("open jobs of type %s", jobType).hasSize(1);
    return jobs.getFirst();
  }

  /** Activates the job of the job-based user task {@code elementId}, as the inbox would. */
  ActivatedJob activateUserTask(String elementId) {
    List<ActivatedJob> jobs =
        activateJobs(SupportTicketProcess.JobTypes.USER_TASK).stream()
            .filter(job -> job.getElementId().equals(elementId))
            .toList();
    assertThat(jobs).as("open user tasks %s", elementId).hasSize(1);
    return jobs.getFirst();
  }

  List<ActivatedJob> activateJobs(String jobType) {
    return client
        .newActivateJobsCommand()
        .jobType(jobType)
        .maxJobsToActivate(100)
        .timeout(JOB_TIMEOUT)
        .send()
        .join()
        .getJobs();
  }

  /** Completes a job with the variables its worker (or the application) would return. */
  void complete(ActivatedJob job, Map<String, Object> variables) {
    client.newCompleteCommand(job).variables(variables).send().join();
    waitForIdleState();
  }

  void complete(ActivatedJob job) {
    complete(job, Map.of());
  }

  /** Publishes a message that must correlate now (no time to live, so it is never buffered). */
  void publishMessage(String name, String correlationKey) {
    publishMessage(name, correlationKey, Map.of());
  }

  /** Publishes a message that must correlate now, carrying {@code variables} into the instance. */
  void publishMessage(String name, String correlationKey, Map<String, Object> variables) {
    client
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(correlationKey)
        .timeToLive(Duration.ZERO)
        .variables(variables)
        .send()
        .join();
    waitForIdleState();
  }

  /** Moves the engine's clock forward and lets due timers fire. */
  void passTime(Duration duration) {
    engine.increaseTime(duration);
    timeTravelled = timeTravelled.plus(duration);
    waitForIdleState();
  }

  /** The engine's notion of now: wall clock plus the time this test has travelled. */
  Instant now() {
    return Instant.now().plus(timeTravelled);
  }

  /**
   * Names of the messages the instance waits for now. ZPT's {@code isWaitingForMessages} keeps one
   * subscription per element instance, so it misses a receive task's own message when a message
   * boundary event sits on the same task; this keeps one per element instance and message name.
   */
  Set<String> openMessageSubscriptions(ProcessInstanceEvent instance) {
    Map<String, Intent> lastIntent = new HashMap<>();
    for (Record<ProcessMessageSubscriptionRecordValue> r : records().processMessageSubscriptionRecords()) {
      ProcessMessageSubscriptionRecordValue value = r.getValue();
      if (value.getProcessInstanceKey() == instance.getProcessInstanceKey()
          && r.getRecordType() == RecordType.EVENT) {
        lastIntent.put(value.getElementInstanceKey() + "/" + value.getMessageName(), r.getIntent());
      }
    }
    Set<String> open = new TreeSet<>();
    lastIntent.forEach(
        (subscription, intent) -> {
          if (intent == ProcessMessageSubscriptionIntent.CREATED) {
            open.add(subscription.substring(subscription.indexOf('/') + 1));
          }
        });
    return open;
  }

  RecordStream records() {
    return BpmnAssert.getRecordStream();
  }

  private void waitForIdleState() {
    try {
      engine.waitForIdleState(IDLE_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("engine did not become idle within " + IDLE_TIMEOUT, e);
    }
  }
}
