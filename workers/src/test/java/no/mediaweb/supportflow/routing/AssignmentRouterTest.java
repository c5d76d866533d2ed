package no.mediaweb.supportflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import no.mediaweb.supportflow.TestQueues;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which agent of a queue a new task goes to. Every test routes in a queue of its own. */
@WorkersTest
class AssignmentRouterTest {

  private static final RoutingNeeds ANYONE = new RoutingNeeds(false, "en");

  @Autowired AssignmentRouter router;
  @Autowired TestQueues testQueues;
  @Autowired TestTickets testTickets;

  @Test
  void round_robin_hands_tasks_to_the_agents_in_turn_and_starts_over_after_the_last() {
    String queue = testQueues.queue(RoutingStrategy.ROUND_ROBIN, 5);
    String anna = testQueues.agent(queue, "anna", false, "en");
    String bo = testQueues.agent(queue, "bo", false, "en");
    String cy = testQueues.agent(queue, "cy", false, "en");

    assertThat(Stream.generate(() -> router.choose(queue, ANYONE).orElseThrow()).limit(4))
        .containsExactly(anna, bo, cy, anna);
    assertThat(testQueues.lastAssigned(queue)).isEqualTo(anna);
  }

  @Test
  void least_loaded_picks_the_agent_holding_the_fewest_open_tasks_and_breaks_ties_by_username() {
    String queue = testQueues.queue(RoutingStrategy.LEAST_LOADED, 5);
    String anna = testQueues.agent(queue, "anna", false, "en");
    String bo = testQueues.agent(queue, "bo", false, "en");
    String cy = testQueues.agent(queue, "cy", false, "en");
    testQueues.holdOpenTasks(anna, queue, 2);
    testQueues.holdOpenTasks(bo, queue, 1);
    testQueues.holdOpenTasks(cy, queue, 1);

    assertThat(router.choose(queue, ANYONE)).contains(bo);

    testQueues.holdOpenTasks(bo, queue, 1);
    assertThat(router.choose(queue, ANYONE)).contains(cy);
  }

  @Test
  void an_agent_holding_as_many_open_tasks_as_the_cap_is_passed_over_and_a_full_queue_routes_nobody() {
    String queue = testQueues.queue(RoutingStrategy.ROUND_ROBIN, 2);
    String anna = testQueues.agent(queue, "anna", false, "en");
    String bo = testQueues.agent(queue, "bo", false, "en");
    testQueues.holdOpenTasks(anna, queue, 2);
    testQueues.holdOpenTasks(bo, queue, 1);

    assertThat(router.choose(queue, ANYONE)).contains(bo);
    assertThat(router.choose(queue, ANYONE)).contains(bo);

    testQueues.holdOpenTasks(bo, queue, 1);
    assertThat(router.choose(queue, ANYONE)).isEmpty();
  }

  @Test
  void a_critical_ticket_goes_only_to_a_senior_agent_and_waits_in_the_queue_without_one() {
    String queue = testQueues.queue(RoutingStrategy.LEAST_LOADED, 5);
    testQueues.agent(queue, "anna", false, "en");
    String bo = testQueues.agent(queue, "bo", true, "en");
    testQueues.holdOpenTasks(bo, queue, 3);
    String juniorsOnly = testQueues.queue(RoutingStrategy.LEAST_LOADED, 5);
    testQueues.agent(juniorsOnly, "anna", false, "en");

    Ticket critical = testTickets.inState(TicketStatus.OPEN);
    testQueues.makeCritical(critical.id());
    Ticket emergency = testTickets.inState(TicketStatus.OPEN);
    testQueues.makeEmergency(emergency.id());

    assertThat(router.choose(queue, router.needsFor(critical.id()))).contains(bo);
    assertThat(router.choose(queue, router.needsFor(emergency.id()))).contains(bo);
    assertThat(router.choose(juniorsOnly, router.needsFor(critical.id()))).isEmpty();
  }

  @Test
  void a_spanish_customer_goes_to_the_agent_who_speaks_spanish_and_to_an_english_speaker_when_none_is_free() {
    String queue = testQueues.queue(RoutingStrategy.ROUND_ROBIN, 1);
    String anna = testQueues.agent(queue, "anna", false, "en");
    String bo = testQueues.agent(queue, "bo", false, "en", "es");
    Ticket spanish = testTickets.inState(TicketStatus.OPEN);
    testQueues.customerSpeaks(spanish.id(), "es");

    assertThat(router.choose(queue, router.needsFor(spanish.id()))).contains(bo);
    assertThat(router.choose(queue, router.needsFor(spanish.id()))).contains(bo);

    testQueues.holdOpenTasks(bo, queue, 1);
    assertThat(router.choose(queue, router.needsFor(spanish.id()))).contains(anna);
  }

  @Test
  void a_customer_whose_language_no_agent_speaks_goes_to_an_english_speaker() {
    String queue = testQueues.queue(RoutingStrategy.LEAST_LOADED, 5);
    testQueues.agent(queue, "anna", false, "es");
    String bo = testQueues.agent(queue, "bo", false, "en");
    Ticket norwegian = testTickets.inState(TicketStatus.OPEN);
    testQueues.customerSpeaks(norwegian.id(), "nb");

    assertThat(router.needsFor(norwegian.id())).isEqualTo(new RoutingNeeds(false, "nb"));
    assertThat(router.choose(queue, router.needsFor(norwegian.id()))).contains(bo);
  }

  @Test
  void a_pull_queue_and_a_group_without_routing_leave_the_task_in_the_shared_queue() {
    String queue = testQueues.queue(RoutingStrategy.PULL, 5);
    testQueues.agent(queue, "anna", false, "en");

    assertThat(router.choose(queue, ANYONE)).isEmpty();
    assertThat(router.choose("no-such-queue", ANYONE)).isEmpty();
    assertThat(testQueues.lastAssigned(queue)).isNull();
  }
}
