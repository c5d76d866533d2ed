package no.mediaweb.supportflow.harness;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.CustomerPortalService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agents and customers of the crash-safety run, inside the application process so that a kill
 * cuts their clicks off as it would a server's. They keep no script in memory: every 100–200 ms
 * they read the database and do the next step, so a restarted process carries on where the killed
 * one stopped. The agent's answer is the ticket's scripted action at the position given by how
 * many of its agent steps are completed (a proposed resolution past the end); the customer replies
 * with a key derived from the ticket and its agent messages, so a repeated reply adds nothing.
 */
final class SimulatedPeople {

  static final String SUBJECT_PREFIX = "Crash ticket ";
  private static final Pattern SUBJECT = Pattern.compile("^Crash ticket (\\d+):");
  private static final List<String> OWNER_TASKS = List.of(Elements.SEND_FIRST_RESPONSE, Elements.WORK_ON_TICKET);

  private final List<TicketScript> scripts;
  private final int agents;
  private final int threads;
  private final JdbcClient jdbc;
  private final InboxService inbox;
  private final CustomerPortalService portal;
  private final CustomerLinks links;
  private final AtomicLong steps = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();

  SimulatedPeople(ConfigurableApplicationContext context, List<TicketScript> scripts, int agents, int threads) {
    this.scripts = scripts;
    this.agents = agents;
    this.threads = threads;
    this.jdbc = context.getBean(JdbcClient.class);
    this.inbox = context.getBean(InboxService.class);
    this.portal = context.getBean(CustomerPortalService.class);
    this.links = context.getBean(CustomerLinks.class);
  }

  /** The ticket's index in the workload, from its subject. */
  static int indexOf(String subject) {
    Matcher matcher = SUBJECT.matcher(subject);
    if (!matcher.find()) {
      throw new IllegalArgumentException("Not a crash-safety ticket: " + subject);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** The agent's answer on a ticket whose agent steps so far number {@code completed}. */
  static AgentAction nextAction(TicketScript script, int completed) {
    return completed < script.actions().size() ? script.actions().get(completed) : AgentAction.PROPOSE_RESOLUTION;
  }

  void start() {
    for (int i = 0; i < threads; i++) {
      int share = i;
      Thread.ofVirtual().name(CompletionTrap.PEOPLE_THREAD_PREFIX + i).start(() -> lookEvery150ms(share));
    }
  }

  long steps() {
    return steps.get();
  }

  long errors() {
    return errors.get();
  }

  private void lookEvery150ms(int share) {
    while (true) {
      try {
        Thread.sleep(100 + ThreadLocalRandom.current().nextInt(100));
      } catch (InterruptedException e) {
        return;
      }
      try {
        answerAgentSteps(share);
        replyToInformationRequests(share);
        confirmResolutions(share);
      } catch (RuntimeException e) {
        // the database is away or a step raced the workflow: look again
        errors.incrementAndGet();
      }
    }
  }

  private record OpenStep(long jobKey, long ticketId, String assignee, String subject, int completed) {}

  private void answerAgentSteps(int share) {
    List<OpenStep> open =
        jdbc.sql(
                """
                SELECT h.job_key, h.ticket_id, h.assignee, t.subject,
                  (SELECT COUNT(*) FROM human_task d
                   WHERE d.ticket_id = h.ticket_id AND d.state = 'COMPLETED' AND d.element_id IN (:elements)) AS completed
                FROM human_task h JOIN ticket t ON t.id = h.ticket_id
                WHERE h.state = 'OPEN' AND h.element_id IN (:elements) AND t.subject LIKE :prefix
                  AND MOD(h.ticket_id, :threads) = :share
                """)
            .param("elements", OWNER_TASKS)
            .param("prefix", SUBJECT_PREFIX + "%")
            .param("threads", threads)
            .param("share", share)
            .query((rs, n) -> new OpenStep(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
            .list();
    for (OpenStep step : open) {
      int index = indexOf(step.subject());
      AgentAction action = nextAction(scripts.get(index), step.completed());
      String agent = step.assignee() != null ? step.assignee() : "bench-agent-%02d".formatted(index % agents + 1);
      attempt(() -> RunAs.as(agent, "ROLE_AGENT", () -> {
        inbox.complete(step.jobKey(), new AgentResponse(action, "Step %d of the crash-safety run: %s".formatted(step.completed() + 1, action)));
        return null;
      }));
    }
  }

  private record Waiting(long id, String number, int agentMessages) {}

  private void replyToInformationRequests(int share) {
    List<Waiting> waiting =
        jdbc.sql(
                """
                SELECT id, number, agent_reply_count FROM ticket
                WHERE status = 'WAITING_ON_CUSTOMER' AND subject LIKE :prefix AND MOD(id, :threads) = :share
                """)
            .param("prefix", SUBJECT_PREFIX + "%")
            .param("threads", threads)
            .param("share", share)
            .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getInt(3)))
            .list();
    for (Waiting ticket : waiting) {
      attempt(() -> portal.reply(ticket.number(), links.tokenFor(ticket.number()),
          "The page shows a blank screen on Firefox 133; screenshots follow.",
          "crash-%d-%d".formatted(ticket.id(), ticket.agentMessages())));
    }
  }

  private void confirmResolutions(int share) {
    List<String> resolved =
        jdbc.sql("SELECT number FROM ticket WHERE status = 'RESOLVED' AND subject LIKE :prefix AND MOD(id, :threads) = :share")
            .param("prefix", SUBJECT_PREFIX + "%")
            .param("threads", threads)
            .param("share", share)
            .query(String.class)
            .list();
    for (String number : resolved) {
      attempt(() -> {
        portal.confirmResolution(number, links.tokenFor(number));
        return null;
      });
    }
  }

  /** One click: a refusal (the step moved on, another agent holds it) is looked at again next round. */
  private void attempt(Supplier<?> click) {
    try {
      click.get();
      steps.incrementAndGet();
    } catch (BusinessRuleException | AccessDeniedException refused) {
      errors.incrementAndGet();
    }
  }

}
