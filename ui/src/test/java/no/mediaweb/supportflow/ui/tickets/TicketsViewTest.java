package no.mediaweb.supportflow.ui.tickets;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.TicketSummary;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;

class TicketsViewTest extends KaribuViewTest {

  @Test
  @SuppressWarnings("unchecked")
  void searching_narrows_the_lazy_list_and_a_click_opens_the_ticket() {
    String surname = "Searchable" + UUID.randomUUID().toString().substring(0, 6);
    Customer customer = newCustomer("Sofie " + surname);
    OpenedTicket first = openTicket(customer, "Slider on the front page stopped moving");
    OpenedTicket second = openTicket(customer, "Print stylesheet cuts off the invoice");
    openTicket(newCustomer("Somebody Else"), "Slider on the front page stopped moving");
    loginAs(staffMember("list.qa", Role.QA), Role.QA);

    navigate("tickets");
    Grid<TicketSummary> grid = _get(Grid.class, spec -> spec.withId("tickets-grid"));
    assertThat(_size(grid)).isGreaterThanOrEqualTo(3);
    assertThat(_get(Checkbox.class, spec -> spec.withId("open-only")).getValue()).isTrue();

    _setValue(_get(TextField.class, spec -> spec.withId("ticket-search")), surname.toLowerCase());

    assertThat(_size(grid)).isEqualTo(2);
    assertThat(rows(grid)).extracting(TicketSummary::number).containsExactly(second.number(), first.number());
    assertThat(textOf("ticket-total")).isEqualTo("2 tickets");
    assertThat(_getFormatted(grid, 1, "subject")).isEqualTo("Slider on the front page stopped moving");
    assertThat(_getCellComponent(grid, 1, "customer").getElement().getTextRecursively()).isEqualTo("Sofie " + surname + "Pro plan");
    assertThat(_getCellComponent(grid, 1, "number").getElement().getTextRecursively()).startsWith(first.number() + "opened ");
    assertThat(_getCellComponent(grid, 1, "firstResponseSla").getElement().getText()).isEqualTo("On track");
    assertThat(_getCellComponent(grid, 1, "priority").getElement().getText()).isEqualTo("High");

    _setValue(_get(TextField.class, spec -> spec.withId("ticket-search")), first.number());
    assertThat(rows(grid)).extracting(TicketSummary::number).containsExactly(first.number());

    _clickItem(grid, 0);

    assertThat(getCurrentView()).isEqualTo(TicketView.class);
    assertThat(textOf("ticket-title")).startsWith(first.number() + " · ");
  }
}
