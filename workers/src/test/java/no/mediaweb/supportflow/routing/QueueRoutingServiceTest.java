package no.mediaweb.supportflow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestQueues;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Managers and admins configure the queues' routing; nobody else sees or changes it. */
@WorkersTest
class QueueRoutingServiceTest {

  @Autowired QueueRoutingService service;
  @Autowired AssignmentRouter router;
  @Autowired TestQueues testQueues;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @ParameterizedTest(name = "a {0} may")
  @EnumSource(value = Role.class, names = {"MANAGER", "ADMIN"})
  void managers_and_admins_list_the_queues_and_change_a_queues_strategy_and_cap(Role role) {
    String queue = testQueues.queue(RoutingStrategy.PULL, 10);
    String anna = testQueues.agent(queue, "anna", false, "en");
    testQueues.holdOpenTasks(anna, queue, 2);
    TestData.logInAs("someone", role);

    assertThat(service.queues())
        .extracting(QueueOverview::candidateGroup)
        .contains("l1-agents", "l2-specialists", "l3-engineering", "managers", "product-team", queue);
    assertThat(service.queues())
        .filteredOn(q -> q.candidateGroup().equals(queue))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.openTasks()).isEqualTo(2);
              assertThat(q.waitingTasks()).isZero();
              assertThat(q.agents()).containsExactly("Agent anna");
            });

    QueueOverview changed = service.change(queue, RoutingStrategy.LEAST_LOADED, 3);

    assertThat(changed.strategy()).isEqualTo(RoutingStrategy.LEAST_LOADED);
    QueueRouting stored = router.queue(queue).orElseThrow();
    assertThat(stored.strategy()).isEqualTo(RoutingStrategy.LEAST_LOADED);
    assertThat(stored.maxOpenTasks()).isEqualTo(3);
    assertThat(router.choose(queue, new RoutingNeeds(false, "en"))).contains(anna);
  }

  @ParameterizedTest(name = "a {0} may not")
  @EnumSource(value = Role.class, names = {"AGENT", "QA"})
  void agents_and_qa_can_neither_list_nor_change_the_queues(Role role) {
    String queue = testQueues.queue(RoutingStrategy.PULL, 10);
    TestData.logInAs("someone", role);

    assertThatThrownBy(() -> service.queues()).isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(() -> service.change(queue, RoutingStrategy.ROUND_ROBIN, 4))
        .isInstanceOf(AuthorizationDeniedException.class);

    assertUnchanged(queue);
  }

  @Test
  void an_anonymous_caller_is_asked_to_log_in() {
    String queue = testQueues.queue(RoutingStrategy.PULL, 10);

    assertThatThrownBy(() -> service.queues()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> service.change(queue, RoutingStrategy.ROUND_ROBIN, 4))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

    assertUnchanged(queue);
  }

  @Test
  void a_cap_outside_one_to_a_hundred_or_a_missing_strategy_is_refused_and_changes_nothing() {
    String queue = testQueues.queue(RoutingStrategy.PULL, 10);
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);

    assertThatThrownBy(() -> service.change(queue, RoutingStrategy.ROUND_ROBIN, 0))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("The cap on an agent's open tasks must be between 1 and 100");
    assertThatThrownBy(() -> service.change(queue, RoutingStrategy.ROUND_ROBIN, 101))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> service.change(queue, RoutingStrategy.ROUND_ROBIN, null))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> service.change(queue, null, 4))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Choose how the queue routes its tasks");
    assertThatThrownBy(() -> service.change("no-such-queue", RoutingStrategy.ROUND_ROBIN, 4))
        .isInstanceOf(NotFoundException.class);

    assertUnchanged(queue);
  }

  private void assertUnchanged(String queue) {
    QueueRouting stored = router.queue(queue).orElseThrow();
    assertThat(stored.strategy()).isEqualTo(RoutingStrategy.PULL);
    assertThat(stored.maxOpenTasks()).isEqualTo(10);
  }
}
