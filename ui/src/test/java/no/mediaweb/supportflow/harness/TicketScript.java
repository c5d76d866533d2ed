package no.mediaweb.supportflow.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Priority;

/**
 * What happens to one ticket of the workload: who files it how, and the agent's answers in order
 * (the last proposes the resolution, which the customer confirms; an information request is
 * answered by the customer). Emergencies are left out: they add tiers and timers of their own.
 */
public record TicketScript(int index, Plan plan, Priority priority, Category category, Channel channel, List<AgentAction> actions) {

  private static final List<Category> ORDINARY =
      List.of(Category.PERFORMANCE, Category.HOW_TO, Category.BILLING, Category.OTHER);

  public TicketScript {
    actions = List.copyOf(actions);
    if (actions.isEmpty() || actions.getLast() != AgentAction.PROPOSE_RESOLUTION) {
      throw new IllegalArgumentException("A script ends with a proposed resolution");
    }
  }

  /** {@code count} scripts drawn from {@code seed}: the same seed gives the same workload. */
  public static List<TicketScript> generate(long seed, int count) {
    Random random = new Random(seed);
    List<TicketScript> scripts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      scripts.add(next(random, i));
    }
    return scripts;
  }

  private static TicketScript next(Random random, int index) {
    int planDraw = random.nextInt(100);
    Plan plan = planDraw < 55 ? Plan.STARTER : planDraw < 88 ? Plan.PRO : Plan.ENTERPRISE;
    int priorityDraw = random.nextInt(100);
    Priority priority =
        priorityDraw < 20 ? Priority.LOW : priorityDraw < 65 ? Priority.NORMAL : priorityDraw < 92 ? Priority.HIGH : Priority.CRITICAL;
    if (priority == Priority.CRITICAL && plan != Plan.STARTER) {
      // Critical on Pro and Enterprise is an emergency; a Starter's Critical is filed as High
      priority = Priority.HIGH;
    }
    Category category = ORDINARY.get(random.nextInt(ORDINARY.size()));
    Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
    int pathDraw = random.nextInt(100);
    List<AgentAction> actions =
        pathDraw < 40
            ? List.of(AgentAction.PROPOSE_RESOLUTION)
            : pathDraw < 65
                ? List.of(AgentAction.REPLY, AgentAction.PROPOSE_RESOLUTION)
                : pathDraw < 90
                    ? List.of(AgentAction.REQUEST_INFO, AgentAction.PROPOSE_RESOLUTION)
                    : List.of(AgentAction.REPLY, AgentAction.REQUEST_INFO, AgentAction.PROPOSE_RESOLUTION);
    return new TicketScript(index, plan, priority, category, channel, actions);
  }
}
