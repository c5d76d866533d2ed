package no.mediaweb.supportflow.harness;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.RunFigures;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.WorkerSettings;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Messages;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import no.mediaweb.supportflow.testing.EmbeddedZeebe;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The bare engine: the same BPMN and DMN files on their own embedded engine, a worker per job type
 * that completes every job at once with only the variables the process routes on (due dates from
 * the targets, the agent's scripted action), the customer's replies and confirmations published as
 * messages, and no database. Each ticket is one instance created with its result, so start to
 * close is the engine's own.
 */
final class BaselineRun {

  private static final Pattern JOB_TYPE = Pattern.compile("zeebe:taskDefinition\\s+type=\"([^\"]+)\"");
  private static final Duration MESSAGE_TTL = Duration.ofMinutes(1);
  /** An engine that stops answering (its stream processor died) is not waited out ticket by ticket. */
  static final int GIVE_UP_AFTER_FAILURES = 20;

  private final int concurrency;
  private final double atRiskFraction;
  private final WorkerSettings workers;
  private final Consumer<String> progress;
  private final Map<String, TicketState> tickets = new ConcurrentHashMap<>();
  private final Map<String, Integer> failureSummary = new java.util.concurrent.ConcurrentSkipListMap<>();

  /** The scripted answers still to give on a ticket, by ticket number. */
  private static final class TicketState {
    final TicketScript script;
    int nextAction;

    TicketState(TicketScript script) {
      this.script = script;
    }
  }

  BaselineRun(int concurrency, double atRiskFraction, WorkerSettings workers, Consumer<String> progress) {
    this.concurrency = concurrency;
    this.atRiskFraction = atRiskFraction;
    this.workers = workers;
    this.progress = progress;
  }

  /** Why tickets failed, with how many failed that way. */
  Map<String, Integer> failures() {
    return Map.copyOf(failureSummary);
  }

  RunFigures run(List<TicketScript> scripts, Duration budget) throws IOException, InterruptedException {
    EmbeddedZeebe engine = EmbeddedZeebe.startOnFreePort();
    try (CamundaClient client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create(engine.grpcAddress()))
            .restAddress(URI.create("http://127.0.0.1:1"))
            .preferRestOverGrpc(false)
            .defaultJobWorkerStreamEnabled(workers.streaming())
            .numJobWorkerExecutionThreads(workers.executionThreads())
            .defaultJobWorkerMaxJobsActive(workers.maxJobsActive())
            .defaultRequestTimeout(Duration.ofSeconds(30))
            .build()) {
      Set<String> jobTypes = deploy(client);
      List<JobWorker> opened = new ArrayList<>();
      for (String type : jobTypes) {
        opened.add(client.newWorker().jobType(type).handler((jobClient, job) -> complete(client, jobClient, job))
            .timeout(Duration.ofMinutes(5)).open());
      }
      try {
        return drive(client, scripts, budget);
      } finally {
        opened.forEach(JobWorker::close);
      }
    } finally {
      engine.stop();
    }
  }

  private Set<String> deploy(CamundaClient client) throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Set<String> jobTypes = new TreeSet<>(List.of(JobTypes.USER_TASK));
    DeployResourceCommandStep2 command = null;
    for (String pattern : List.of("classpath*:*.bpmn", "classpath*:*.dmn")) {
      for (Resource resource : resolver.getResources(pattern)) {
        byte[] bytes = resource.getContentAsByteArray();
        Matcher types = JOB_TYPE.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (types.find()) {
          jobTypes.add(types.group(1));
        }
        command = command == null
            ? client.newDeployResourceCommand().addResourceBytes(bytes, resource.getFilename())
            : command.addResourceBytes(bytes, resource.getFilename());
      }
    }
    if (command == null) {
      throw new IllegalStateException("No BPMN or DMN on the classpath");
    }
    command.send().join();
    return jobTypes;
  }

  private RunFigures drive(CamundaClient client, List<TicketScript> scripts, Duration budget) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    ConcurrentLinkedQueue<Double> startToClose = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    long stopStartingAt = start + budget.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      threads.add(Thread.ofVirtual().name("baseline-", t).start(() -> {
        for (int i = next.getAndIncrement();
            i < scripts.size() && failures.size() < GIVE_UP_AFTER_FAILURES && System.nanoTime() < stopStartingAt;
            i = next.getAndIncrement()) {
          TicketScript script = scripts.get(i);
          String number = "BASE-%06d".formatted(i);
          tickets.put(number, new TicketState(script));
          long began = System.nanoTime();
          try {
            client.newCreateInstanceCommand()
                .bpmnProcessId(SupportTicketProcess.PROCESS_ID)
                .latestVersion()
                .variables(startVariables(i, number, script))
                .withResult()
                .requestTimeout(Duration.ofMinutes(10))
                .send()
                .join();
            startToClose.add((System.nanoTime() - began) / 1e6);
            int done = completed.incrementAndGet();
            if (done % 250 == 0) {
              progress.accept("bare engine: %d/%d tickets closed".formatted(done, scripts.size()));
            }
          } catch (RuntimeException e) {
            failures.add(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    failures.forEach(failure -> failureSummary.merge(failure.replaceAll("[0-9.]+s", "…s"), 1, Integer::sum));
    failureSummary.forEach((failure, count) -> progress.accept("bare engine: %d ticket(s) failed: %s".formatted(count, failure)));
    if (failures.size() >= GIVE_UP_AFTER_FAILURES) {
      progress.accept("bare engine: gave up after %d failed tickets".formatted(failures.size()));
    }
    return new RunFigures(Math.min(next.get() - concurrency, scripts.size()), completed.get(), seconds, Percentiles.of(startToClose));
  }

  private static Map<String, Object> startVariables(int index, String number, TicketScript script) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.TICKET_ID, index + 1L);
    variables.put(Variables.TICKET_NUMBER, number);
    variables.put(Variables.PLAN, script.plan().name());
    variables.put(Variables.PRIORITY, script.priority().allowedFor(script.plan()).name());
    variables.put(Variables.FIRST_RESPONSE_SENT, false);
    variables.put(Variables.REMINDER_AFTER, "P2D");
    variables.put(Variables.AUTO_CLOSE_AFTER, "P5D");
    variables.put(Variables.AUTO_CONFIRM_AFTER, "P3D");
    variables.put(Variables.CATEGORY, script.category().name());
    return variables;
  }

  private void complete(CamundaClient client, JobClient jobClient, ActivatedJob job) {
    Map<String, Object> variables = new HashMap<>();
    Instant now = Instant.now();
    switch (job.getType()) {
      case JobTypes.COMPUTE_DUE_DATES -> {
        Map<String, Object> targets = targets(job);
        Duration firstResponse = Duration.parse((String) targets.get("firstResponseTarget"));
        Duration resolution = Duration.parse((String) targets.get("resolutionTarget"));
        variables.put(Variables.FIRST_RESPONSE_DUE_AT, now.plus(firstResponse).toString());
        variables.put(Variables.FIRST_RESPONSE_AT_RISK_AT, now.plus(fraction(firstResponse)).toString());
        variables.put(Variables.RESOLUTION_DUE_AT, now.plus(resolution).toString());
        variables.put(Variables.RESOLUTION_AT_RISK_AT, now.plus(fraction(resolution)).toString());
      }
      case JobTypes.RESUME_TICKET, JobTypes.REOPEN_TICKET -> {
        Duration resolution = Duration.parse((String) targets(job).get("resolutionTarget"));
        variables.put(Variables.RESOLUTION_DUE_AT, now.plus(resolution).toString());
        variables.put(Variables.RESOLUTION_AT_RISK_AT, now.plus(fraction(resolution)).toString());
      }
      case JobTypes.USER_TASK -> {
        answer(client, job, variables);
      }
      case JobTypes.MARK_TICKET_RESOLVED -> requestSurvey(client, job);
      default -> {}
    }
    jobClient.newCompleteCommand(job).variables(variables).send().join();
  }

  /**
   * As the application does on a resolution: a satisfaction-survey instance starts and waits out
   * its day's delay, so the bare engine carries the same state as the full run.
   */
  private static void requestSurvey(CamundaClient client, ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    String number = (String) variables.get(Variables.TICKET_NUMBER);
    Map<String, Object> start = new HashMap<>();
    start.put("ticketId", variables.get(Variables.TICKET_ID));
    start.put("ticketNumber", number);
    start.put("surveyDelay", "PT24H");
    start.put("surveyReminderAfter", "P3D");
    start.put("surveyExpiry", "P7D");
    client.newPublishMessageCommand()
        .messageName(SatisfactionSurveyProcess.Messages.SURVEY_REQUESTED)
        .correlationKey(number)
        .messageId("survey-requested-" + number)
        .timeToLive(Duration.ofDays(9))
        .variables(start)
        .send();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> targets(ActivatedJob job) {
    return (Map<String, Object>) job.getVariablesAsMap().get(Variables.SLA_TARGETS);
  }

  private Duration fraction(Duration target) {
    return Duration.ofMillis(Math.round(target.toMillis() * atRiskFraction));
  }

  /** The scripted agent answers the owner's step; the scripted customer's message is on its way. */
  private void answer(CamundaClient client, ActivatedJob job, Map<String, Object> variables) {
    if (!Elements.SEND_FIRST_RESPONSE.equals(job.getElementId()) && !Elements.WORK_ON_TICKET.equals(job.getElementId())) {
      return;
    }
    String number = (String) job.getVariablesAsMap().get(Variables.TICKET_NUMBER);
    TicketState state = tickets.get(number);
    AgentAction action;
    synchronized (state) {
      action = state.script.actions().get(Math.min(state.nextAction, state.script.actions().size() - 1));
      state.nextAction++;
    }
    variables.put(Variables.AGENT_ACTION, action.name());
    variables.put(Variables.TICKET_OWNER, "baseline-agent");
    if (Elements.SEND_FIRST_RESPONSE.equals(job.getElementId())) {
      variables.put(Variables.FIRST_RESPONSE_SENT, true);
    }
    String message =
        switch (action) {
          case REQUEST_INFO -> Messages.CUSTOMER_REPLIED;
          case PROPOSE_RESOLUTION -> Messages.RESOLUTION_CONFIRMED;
          case REPLY -> null;
        };
    if (message != null) {
      client.newPublishMessageCommand()
          .messageName(message)
          .correlationKey(number)
          .messageId(number + ":" + message + ":" + job.getKey())
          .timeToLive(MESSAGE_TTL)
          .send();
    }
  }
}
