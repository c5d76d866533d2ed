package no.mediaweb.supportflow.harness;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import no.mediaweb.supportflow.SupportflowApplication;
import no.mediaweb.supportflow.inbox.UserTaskInboxWorker;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The application process of {@code bin/crash-safety}: the production application (workers, UI,
 * API) pointed by system properties at the engine, database and mail server of the driver's
 * process, with the run's simulated people and the {@link CompletionTrap}. Prints {@code READY}
 * when it serves; reads {@code ARM WORKER} or {@code ARM INBOX} on stdin. Killed, it is started
 * again by the driver.
 */
public final class CrashSafetyApplication {

  static final String READY = "READY";
  static final String ARM = "ARM ";
  static final String SETTINGS = "SETTINGS ";

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    CompletionTrap trap = new CompletionTrap(out);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SupportflowApplication.class)
            .initializers(c -> ((GenericApplicationContext) c).registerBean("crashSafetyCompletionTrap", CompletionTrap.class, () -> trap))
            .run(args);
    int agents = Integer.getInteger("crash.agents", 16);
    FullWorkflowRun preparation = new FullWorkflowRun(context, 1, agents, line -> {});
    preparation.prepare();
    SimulatedPeople people =
        new SimulatedPeople(context, TicketScript.generate(Long.getLong("crash.seed"), Integer.getInteger("crash.tickets")), agents,
            Integer.getInteger("crash.people-threads", 4));
    people.start();
    synchronized (out) {
      out.println(SETTINGS + jobTimeouts(context));
      out.println(READY);
      out.flush();
    }
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      if (line.startsWith(ARM)) {
        trap.arm(CompletionTrap.Moment.valueOf(line.substring(ARM.length()).strip()));
      }
    }
    // the driver closed our stdin: it is gone, so are we
    context.close();
    System.exit(0);
  }

  /** The workers' default job timeout and the inbox worker's, as this application runs them. */
  private static String jobTimeouts(ConfigurableApplicationContext context) throws NoSuchMethodException {
    Duration workers = context.getBean(CamundaClient.class).getConfiguration().getDefaultJobTimeout();
    JobWorker inbox = UserTaskInboxWorker.class.getMethod("storeInInbox", ActivatedJob.class).getAnnotation(JobWorker.class);
    String inboxTimeout = inbox == null || inbox.timeout() < 0 ? "the workers' default" : Duration.ofMillis(inbox.timeout()).toString();
    return "workers %s, inbox (user-task jobs) %s".formatted(workers, inboxTimeout);
  }

  private CrashSafetyApplication() {}
}
