package no.mediaweb.supportflow.ui.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v23.TabsKt._select;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import java.util.List;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;

class InboxViewTest extends KaribuViewTest {

  @Test
  @SuppressWarnings("unchecked")
  void the_queue_lists_new_tickets_by_due_time_with_sla_state_and_ticket_facts() {
    Customer starter = customers.save(withPlan(newCustomer("Slow Starter"), Plan.STARTER));
    Customer enterprise = customers.save(withPlan(newCustomer("Eager Enterprise"), Plan.ENTERPRISE));
    OpenedTicket later = openTicket(starter, "Newsletter sign-up form shows a blank page");
    OpenedTicket sooner = openTicket(enterprise, "Checkout rejects every card since this morning");
    loginAs(agent("inbox.agent", "Ingrid Inbox"), Role.AGENT);

    navigate("inbox");
    _select(_get(Tab.class, spec -> spec.withId("tab-queue")));
    Grid<InboxTask> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(rows(grid)).extracting(InboxTask::ticketNumber).contains(later.number(), sooner.number());
            });

    List<String> order = rows(grid).stream().map(InboxTask::ticketNumber).toList();
    assertThat(order.indexOf(sooner.number())).isLessThan(order.indexOf(later.number()));
    assertThat(rows(grid)).isSortedAccordingTo(
        java.util.Comparator.comparing(InboxTask::dueAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));

    int row = rowIndex(grid, task -> task.ticketNumber().equals(sooner.number()));
    assertThat(_getCellComponent(grid, row, "sla").getElement().getText()).isEqualTo("On track");
    assertThat(_getCellComponent(grid, row, "sla").getElement().getThemeList()).contains("badge");
    assertThat(_getCellComponent(grid, row, "due").getElement().getText()).matches("in (\\d+ h( \\d+ min)?|\\d+ min)");
    assertThat(_getCellComponent(grid, row, "ticket").getElement().getText()).isEqualTo(sooner.number());
    assertThat(cellLines(grid, row, "subject")).containsExactly("Checkout rejects every card since this morning", "Send first response");
    assertThat(cellLines(grid, row, "customer")).containsExactly("Eager Enterprise", "Enterprise plan");
    assertThat(_getCellComponent(grid, row, "priority").getElement().getText()).isEqualTo("High");
  }

  @Test
  @SuppressWarnings("unchecked")
  void claiming_moves_a_task_to_my_tasks_and_releasing_puts_it_back_in_the_queue() {
    OpenedTicket ticket = openTicket(newCustomer("Claire Claim"), "Image gallery upload fails over 2 MB");
    String agent = agent("claim.agent", "Carl Claim");
    loginAs(agent, Role.AGENT);

    navigate("inbox");
    Tab mineTab = _get(Tab.class, spec -> spec.withId("tab-mine"));
    Tab queueTab = _get(Tab.class, spec -> spec.withId("tab-queue"));
    Grid<InboxTask> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    _select(queueTab);
    eventually()
        .untilAsserted(
            () -> {
              poll();
              assertThat(rows(grid)).extracting(InboxTask::ticketNumber).contains(ticket.number());
            });

    _click(buttonInCell(grid, rowIndex(grid, t -> t.ticketNumber().equals(ticket.number())), "actions", "Claim"));

    assertThat(rows(grid)).extracting(InboxTask::ticketNumber).doesNotContain(ticket.number());
    _select(mineTab);
    int mine = rowIndex(grid, t -> t.ticketNumber().equals(ticket.number()));
    assertThat(rows(grid).get(mine).assignee()).isEqualTo(agent);
    assertThat(mineTab.getElement().getTextRecursively()).contains("My tasks");

    _click(buttonInCell(grid, mine, "actions", "Release"));

    assertThat(rows(grid)).extracting(InboxTask::ticketNumber).doesNotContain(ticket.number());
    _select(queueTab);
    int queued = rowIndex(grid, t -> t.ticketNumber().equals(ticket.number()));
    assertThat(rows(grid).get(queued).assignee()).isNull();
  }

  @Test
  void an_agent_whose_groups_have_no_work_sees_an_empty_inbox_message() {
    staff.createIfAbsent("l2.agent", "Lena Level-Two", "agent-password-1", List.of(Role.AGENT), List.of("l2-agents"));
    loginAs("l2.agent", Role.AGENT);

    navigate("inbox");
    Grid<?> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));

    assertThat(_size(grid)).isZero();
    assertThat(grid.getEmptyStateText()).startsWith("You hold no tasks");
    _select(_get(Tab.class, spec -> spec.withId("tab-queue")));
    assertThat(_size(grid)).isZero();
    assertThat(grid.getEmptyStateText()).startsWith("The queue is empty");
  }

  private static List<String> cellLines(Grid<InboxTask> grid, int row, String column) {
    return _getCellComponent(grid, row, column).getChildren().map(line -> line.getElement().getText()).toList();
  }

  private static Customer withPlan(Customer customer, Plan plan) {
    return new Customer(
        customer.id(), customer.accountEmail(), customer.name(), customer.company(), plan, customer.timeZone(),
        customer.language(), customer.createdAt());
  }
}
