package no.mediaweb.supportflow.ui.risk;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.risk.RiskyTicket;
import no.mediaweb.supportflow.risk.SlaRiskBoard;
import no.mediaweb.supportflow.risk.SlaRiskBoard.Summary;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tickets here sit in a queue of this test's own, so that column counts only them; the totals
 * count every ticket in the shared database and are compared with the board before the test.
 */
class SlaRiskBoardViewTest extends KaribuViewTest {

  @Autowired SlaRiskBoard board;
  @Autowired TicketRepository tickets;

  private final String queue = "risk-ui-" + UUID.randomUUID().toString().substring(0, 8);
  private Instant now;

  @BeforeEach
  void logInAsManager() {
    now = SharedClock.now().truncatedTo(ChronoUnit.MICROS);
    loginAs(staffMember("risk.manager", Role.MANAGER), Role.MANAGER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_manager_sees_the_risky_tickets_counted_by_plan_and_queue_in_the_totals_and_listed_with_time_left() {
    Summary before = board.summary();
    Ticket overdue = risky(Plan.ENTERPRISE, TicketStatus.OPEN, SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, Duration.ofMinutes(-80));
    Ticket dueSoon = risky(Plan.ENTERPRISE, TicketStatus.IN_PROGRESS, SlaTarget.RESOLUTION, SlaState.AT_RISK, Duration.ofSeconds(35 * 60 + 30));
    risky(Plan.STARTER, TicketStatus.IN_PROGRESS, SlaTarget.RESOLUTION, SlaState.AT_RISK, Duration.ofHours(2));
    risky(Plan.PRO, TicketStatus.RESOLVED, SlaTarget.RESOLUTION, SlaState.BREACHED, Duration.ofHours(-1));

    navigate("sla-risk");

    assertThat(getCurrentView()).isEqualTo(SlaRiskBoardView.class);
    Grid<Plan> matrix = _get(Grid.class, spec -> spec.withId("risk-matrix"));
    assertThat(cell(matrix, Plan.ENTERPRISE, queue)).isEqualTo("1 breached1 at risk");
    assertThat(cell(matrix, Plan.STARTER, queue)).isEqualTo("0 breached1 at risk");
    assertThat(cell(matrix, Plan.PRO, queue)).isEqualTo("0 breached0 at risk");
    assertThat(textOf("breached-total")).isEqualTo(Integer.toString(before.breachedTotal() + 1));
    assertThat(textOf("at-risk-total")).isEqualTo(Integer.toString(before.atRiskTotal() + 2));

    Grid<RiskyTicket> tickets = _get(Grid.class, spec -> spec.withId("risk-tickets"));
    int late = rowIndex(tickets, t -> t.number().equals(overdue.number()));
    int soon = rowIndex(tickets, t -> t.number().equals(dueSoon.number()));
    assertThat(late).isLessThan(soon);
    assertThat(text(tickets, late, "due")).isEqualTo("overdue by 1 h 20 min");
    assertThat(text(tickets, late, "sla")).isEqualTo("BreachedFirst response");
    assertThat(text(tickets, late, "ticket")).isEqualTo(overdue.number());
    assertThat(text(tickets, soon, "due")).isEqualTo("due in 35 min");
    assertThat(text(tickets, soon, "sla")).isEqualTo("At riskResolution");
    assertThat(rows(tickets).get(soon).queues()).containsExactly(queue);
  }

  @Test
  @SuppressWarnings("unchecked")
  void clicking_a_cell_lists_only_the_tickets_of_that_plan_and_queue_until_show_all() {
    Ticket later = risky(Plan.ENTERPRISE, TicketStatus.IN_PROGRESS, SlaTarget.RESOLUTION, SlaState.AT_RISK, Duration.ofHours(3));
    Ticket breached = risky(Plan.ENTERPRISE, TicketStatus.OPEN, SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, Duration.ofMinutes(-5));
    Ticket starter = risky(Plan.STARTER, TicketStatus.OPEN, SlaTarget.FIRST_RESPONSE, SlaState.AT_RISK, Duration.ofMinutes(30));
    navigate("sla-risk");
    Grid<Plan> matrix = _get(Grid.class, spec -> spec.withId("risk-matrix"));
    Grid<RiskyTicket> tickets = _get(Grid.class, spec -> spec.withId("risk-tickets"));

    _click((Button) _getCellComponent(matrix, row(Plan.ENTERPRISE), queue));

    assertThat(rows(tickets)).extracting(RiskyTicket::number).containsExactly(breached.number(), later.number());
    assertThat(textOf("risk-filter")).isEqualTo("Enterprise plan · " + queue);

    _click((Button) _getCellComponent(matrix, row(Plan.STARTER), queue));

    assertThat(rows(tickets)).extracting(RiskyTicket::number).containsExactly(starter.number());

    _click(_get(Button.class, spec -> spec.withId("show-all")));

    assertThat(rows(tickets)).extracting(RiskyTicket::number).contains(breached.number(), later.number(), starter.number());
    assertThat(textOf("risk-filter")).isEqualTo("All plans and queues");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_board_picks_up_a_newly_breached_ticket_at_the_fifteen_second_refresh() {
    risky(Plan.PRO, TicketStatus.OPEN, SlaTarget.FIRST_RESPONSE, SlaState.AT_RISK, Duration.ofMinutes(10));
    navigate("sla-risk");
    Grid<Plan> matrix = _get(Grid.class, spec -> spec.withId("risk-matrix"));
    Ticket breached = risky(Plan.PRO, TicketStatus.OPEN, SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, Duration.ZERO);

    long polls = SlaRiskBoardView.REFRESH_EVERY.toSeconds();
    for (int second = 1; second < polls; second++) {
      poll();
    }
    assertThat(cell(matrix, Plan.PRO, queue)).isEqualTo("0 breached1 at risk");
    poll();

    assertThat(cell(matrix, Plan.PRO, queue)).isEqualTo("1 breached1 at risk");
    Grid<RiskyTicket> tickets = _get(Grid.class, spec -> spec.withId("risk-tickets"));
    assertThat(rows(tickets)).extracting(RiskyTicket::number).contains(breached.number());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENT", "QA"})
  void agents_and_qa_are_refused_the_board_and_do_not_see_it_in_the_menu(Role role) {
    String user = role == Role.AGENT ? agent("risk.agent", "Rita Risk") : staffMember("risk.qa", Role.QA);
    loginAs(user, role);

    navigate("sla-risk");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("SLA risk");
  }

  /** A ticket (no workflow behind it) with an open task in this test's queue whose {@code target} is in {@code state}, due {@code fromNow}. */
  private Ticket risky(Plan plan, TicketStatus status, SlaTarget target, SlaState state, Duration fromNow) {
    Customer customer = newCustomer("Risky " + plan.label());
    jdbc.sql("UPDATE customer SET plan = :plan WHERE id = :id").param("plan", plan.name()).param("id", customer.id()).update();
    Instant created = now.minus(Duration.ofHours(1));
    Ticket ticket =
        tickets.save(
            new Ticket(
                null, null, customer.id(), "Gallery does not load", "Images never appear.", Priority.NORMAL, status,
                Channel.WEB, null, null, null, null, null, null, null, null, null, null, SlaState.ON_TRACK,
                SlaState.ON_TRACK, created, created, 0, Category.OTHER, false));
    tickets.assignNumber(ticket.id(), Ticket.numberFor(ticket.id()));
    String column = target == SlaTarget.FIRST_RESPONSE ? "first_response" : "resolution";
    jdbc.sql("UPDATE ticket SET %1$s_sla = :state, %1$s_due_at = :due WHERE id = :id".formatted(column))
        .param("state", state.name())
        .param("due", Timestamp.from(now.plus(fromNow)))
        .param("id", ticket.id())
        .update();
    long jobKey = -System.nanoTime();
    jdbc.sql(
            """
            INSERT INTO human_task (job_key, process_instance_key, ticket_id, element_id, name, candidate_group, state, created_at)
            VALUES (:key, :key, :ticket, 'work-escalation', 'Work the escalation', :queue, 'OPEN', :now)
            """)
        .param("key", jobKey)
        .param("ticket", ticket.id())
        .param("queue", queue)
        .param("now", Timestamp.from(now))
        .update();
    return tickets.findById(ticket.id()).orElseThrow();
  }

  private static int row(Plan plan) {
    return plan.ordinal();
  }

  private static String cell(Grid<Plan> matrix, Plan plan, String queue) {
    return _getCellComponent(matrix, row(plan), queue).getElement().getTextRecursively();
  }

  private static String text(Grid<RiskyTicket> grid, int row, String column) {
    return _getCellComponent(grid, row, column).getElement().getTextRecursively();
  }
}
