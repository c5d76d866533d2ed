package no.mediaweb.supportflow.ui.queues;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.routing.QueueOverview;
import no.mediaweb.supportflow.routing.RoutingStrategy;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QueuesViewTest extends KaribuViewTest {

  private record StoredRouting(String strategy, int maxOpenTasks) {}

  @Test
  @SuppressWarnings("unchecked")
  void a_manager_sees_every_queue_and_saves_a_new_strategy_and_cap_for_one() {
    String queue = newPullQueue();
    staff.createIfAbsent(queue + ".ola", "Ola Queue", "agent-password-1", List.of(Role.AGENT), List.of(queue));
    loginAs(staffMember("queues.manager", Role.MANAGER), Role.MANAGER);
    navigate("queues");

    Grid<QueueOverview> grid = _get(Grid.class, spec -> spec.withId("queues"));
    assertThat(rows(grid))
        .extracting(QueueOverview::candidateGroup)
        .contains("l1-agents", "l2-specialists", "l3-engineering", "managers", "product-team", queue);
    int row = rowIndex(grid, q -> q.candidateGroup().equals(queue));
    assertThat(rows(grid).get(row).agents()).containsExactly("Ola Queue");

    _setValue((Select<RoutingStrategy>) _getCellComponent(grid, row, "strategy"), RoutingStrategy.LEAST_LOADED);
    _setValue((IntegerField) _getCellComponent(grid, row, "cap"), 4);
    _click((Button) _getCellComponent(grid, row, "save"));

    expectNotifications("Queue %s: least loaded, at most 4 open tasks per agent".formatted(queue));
    assertThat(stored(queue)).isEqualTo(new StoredRouting("LEAST_LOADED", 4));
    int refreshed = rowIndex(grid, q -> q.candidateGroup().equals(queue));
    assertThat(rows(grid).get(refreshed).strategy()).isEqualTo(RoutingStrategy.LEAST_LOADED);
    assertThat(rows(grid).get(refreshed).maxOpenTasks()).isEqualTo(4);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_cap_above_a_hundred_is_refused_with_the_reason_and_the_queue_keeps_its_routing() {
    String queue = newPullQueue();
    loginAs(staffMember("queues.admin", Role.ADMIN), Role.ADMIN);
    navigate("queues");

    Grid<QueueOverview> grid = _get(Grid.class, spec -> spec.withId("queues"));
    int row = rowIndex(grid, q -> q.candidateGroup().equals(queue));
    _setValue((Select<RoutingStrategy>) _getCellComponent(grid, row, "strategy"), RoutingStrategy.ROUND_ROBIN);
    _setValue((IntegerField) _getCellComponent(grid, row, "cap"), 101);
    _click((Button) _getCellComponent(grid, row, "save"));

    expectNotifications("The cap on an agent's open tasks must be between 1 and 100");
    assertThat(stored(queue)).isEqualTo(new StoredRouting("PULL", 10));
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENT", "QA"})
  void agents_and_qa_cannot_open_the_queues(Role role) {
    loginAs(staffMember("queues." + role.name().toLowerCase(), role), role);

    navigate("queues");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
  }

  private String newPullQueue() {
    String queue = "ui-q-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO queue_routing (candidate_group, display_name, strategy, max_open_tasks, last_assigned, updated_at)
            VALUES (:g, :name, 'PULL', 10, NULL, :now)
            """)
        .param("g", queue)
        .param("name", "Queue " + queue)
        .param("now", Timestamp.from(Instant.now()))
        .update();
    return queue;
  }

  private StoredRouting stored(String queue) {
    return jdbc.sql("SELECT strategy, max_open_tasks FROM queue_routing WHERE candidate_group = :g")
        .param("g", queue)
        .query((rs, n) -> new StoredRouting(rs.getString("strategy"), rs.getInt("max_open_tasks")))
        .single();
  }
}
