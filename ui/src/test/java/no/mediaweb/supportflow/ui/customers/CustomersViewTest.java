package no.mediaweb.supportflow.ui.customers;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.tickets.TicketsView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomersViewTest extends KaribuViewTest {

  @Autowired TicketRepository tickets;

  @Test
  @SuppressWarnings("unchecked")
  void a_manager_moves_a_customer_to_enterprise_and_the_open_ticket_gets_the_shorter_first_response_target() {
    Customer customer = newCustomer("Petra Plan");
    OpenedTicket opened = openTicket(customer, "Gallery upload fails for large images");
    eventually().until(() -> status(opened) == TicketStatus.OPEN);
    Ticket before = tickets.findById(opened.id()).orElseThrow();
    loginAs(staffMember("plans.manager", Role.MANAGER), Role.MANAGER);
    navigate("customers");

    Grid<Customer> grid = _get(Grid.class, spec -> spec.withId("customers"));
    int row = rowIndex(grid, c -> c.id().equals(customer.id()));
    Select<Plan> plan = (Select<Plan>) _getCellComponent(grid, row, "plan");
    assertThat(plan.getValue()).isEqualTo(Plan.PRO);
    com.github.mvysny.kaributesting.v10.LocatorJ._setValue(plan, Plan.ENTERPRISE);

    assertThat(customers.findById(customer.id()).orElseThrow().plan()).isEqualTo(Plan.ENTERPRISE);
    Ticket after = tickets.findById(opened.id()).orElseThrow();
    // Pro promises a first response within 4 business hours, Enterprise within 2
    assertThat(after.firstResponseDueAt()).isBefore(before.firstResponseDueAt());
    assertThat(Duration.between(after.createdAt(), after.firstResponseDueAt()))
        .isLessThan(Duration.between(before.createdAt(), before.firstResponseDueAt()));
  }

  @Test
  void agents_and_qa_cannot_open_the_customer_list() {
    loginAs(agent("plans.agent", "Arne Agent"), Role.AGENT);
    navigate("customers");
    assertThat(getCurrentView()).isNotEqualTo(CustomersView.class);

    loginAs(staffMember("plans.qa", Role.QA), Role.QA);
    navigate("customers");
    assertThat(getCurrentView()).isNotEqualTo(CustomersView.class);
  }

  private TicketStatus status(OpenedTicket opened) {
    return tickets.findById(opened.id()).orElseThrow().status();
  }
}
