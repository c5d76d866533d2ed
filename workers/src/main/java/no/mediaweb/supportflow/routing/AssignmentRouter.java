package no.mediaweb.supportflow.routing;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.user.AppUser;
import no.mediaweb.supportflow.user.CurrentStaff.Staff;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picks the agent of a queue who gets a new task, and says whether an agent may take one: nobody
 * beyond the queue's cap on open tasks, only seniors on critical tickets, the customer's language
 * where an agent speaks it.
 */
@Service
public class AssignmentRouter {

  private final QueueRoutingRepository queues;
  private final StaffDirectory staff;
  private final Clock clock;

  AssignmentRouter(QueueRoutingRepository queues, StaffDirectory staff, Clock clock) {
    this.queues = queues;
    this.staff = staff;
    this.clock = clock;
  }

  public Optional<QueueRouting> queue(String candidateGroup) {
    return queues.find(candidateGroup);
  }

  /**
   * The agent who gets a new task of {@code candidateGroup}, or empty when the task waits in the
   * shared queue: the queue pulls, has no routing, or none of its agents is free and fit.
   */
  @Transactional
  public Optional<String> choose(String candidateGroup, RoutingNeeds needs) {
    if (queues.find(candidateGroup).map(QueueRouting::strategy).orElse(RoutingStrategy.PULL) == RoutingStrategy.PULL) {
      return Optional.empty();
    }
    return pick(candidateGroup, needs, null);
  }

  /**
   * The senior agent who takes an emergency: never left to the shared queue, whatever the queue's
   * strategy, so the least loaded free senior (in the customer's language first) gets it.
   */
  @Transactional
  public Optional<String> chooseSenior(String candidateGroup, String language) {
    if (queues.find(candidateGroup).isEmpty()) {
      return Optional.empty();
    }
    return pick(candidateGroup, new RoutingNeeds(true, language), RoutingStrategy.LEAST_LOADED);
  }

  private Optional<String> pick(String candidateGroup, RoutingNeeds needs, RoutingStrategy override) {
    QueueRouting queue = queues.lock(candidateGroup).orElseThrow();
    RoutingStrategy strategy = override != null ? override : queue.strategy();
    List<AppUser> members =
        staff.activeMembersOf(candidateGroup).stream().filter(user -> !needs.seniorOnly() || user.senior()).toList();
    Map<String, Integer> held = queues.openTasksHeldBy(members.stream().map(AppUser::username).toList());
    List<AppUser> free = members.stream().filter(user -> held.getOrDefault(user.username(), 0) < queue.maxOpenTasks()).toList();
    List<String> fit = speakers(free, needs.language());
    if (fit.isEmpty()) {
      fit = speakers(free, RoutingNeeds.ENGLISH);
    }
    if (fit.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (strategy) {
          case ROUND_ROBIN -> nextInTurn(queue, fit);
          case LEAST_LOADED ->
              fit.stream().min(Comparator.comparing((String u) -> held.getOrDefault(u, 0)).thenComparing(u -> u)).orElseThrow();
          case PULL -> throw new IllegalStateException("A pull queue routes nothing");
        });
  }

  /** Senior-only when the ticket is critical or an emergency; the language is the customer's. */
  @Transactional(readOnly = true)
  public RoutingNeeds needsFor(long ticketId) {
    return queues.needsOf(ticketId).orElseThrow(() -> new NotFoundException("No ticket " + ticketId));
  }

  /**
   * Refuses an agent who would take a task of {@code candidateGroup} on {@code ticketId} beyond the
   * queue's cap, or a non-senior agent a critical ticket of the L1 queue.
   */
  @Transactional(readOnly = true)
  public void requireMayTake(Staff agent, String candidateGroup, long ticketId) {
    if (SupportTicketProcess.GROUP_L1.equals(candidateGroup) && !agent.senior() && needsFor(ticketId).seniorOnly()) {
      throw new BusinessRuleException("Critical tickets are handled by senior agents");
    }
    Optional<QueueRouting> queue = queues.find(candidateGroup);
    if (queue.isEmpty()) {
      return;
    }
    int held = queues.openTasksHeldBy(List.of(agent.username())).getOrDefault(agent.username(), 0);
    if (held >= queue.get().maxOpenTasks()) {
      throw new BusinessRuleException(
          "You already hold %d open tasks, the most the %s queue allows; complete or release one first"
              .formatted(held, queue.get().displayName()));
    }
  }

  private static List<String> speakers(List<AppUser> users, String language) {
    return users.stream().filter(user -> user.languageSet().contains(language)).map(AppUser::username).toList();
  }

  /** The first candidate after the last one assigned, in username order, wrapping around. */
  private String nextInTurn(QueueRouting queue, List<String> candidates) {
    String previous = queue.lastAssigned();
    String next =
        candidates.stream()
            .filter(u -> previous == null || u.compareTo(previous) > 0)
            .findFirst()
            .orElse(candidates.getFirst());
    queues.advance(queue.candidateGroup(), previous, next, clock.instant());
    return next;
  }
}
