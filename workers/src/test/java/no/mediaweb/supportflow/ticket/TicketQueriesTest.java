package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WorkersTest
class TicketQueriesTest {

  @Autowired TicketQueries queries;
  @Autowired TicketIntakeService intake;
  @Autowired TestData testData;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void the_ticket_list_sorts_by_an_allowed_column_and_ignores_anything_else() {
    // Pro: a Starter account's Critical would be filed as High
    Customer customer = testData.customer(Plan.PRO);
    open(customer, Priority.LOW);
    open(customer, Priority.CRITICAL);
    open(customer, Priority.HIGH);
    TestData.logInAs(TestData.QA, Role.QA);

    List<TicketSummary> byPriority =
        queries.list(customer.name(), false, List.of(new TicketQueries.Sort("priority", false)), 0, 10);
    List<TicketSummary> injected =
        queries.list(customer.name(), false, List.of(new TicketQueries.Sort("t.id; DELETE FROM ticket", true)), 0, 10);

    assertThat(byPriority).extracting(TicketSummary::priority).containsExactly(Priority.CRITICAL, Priority.HIGH, Priority.LOW);
    assertThat(injected).extracting(TicketSummary::priority).containsExactly(Priority.HIGH, Priority.CRITICAL, Priority.LOW);
    assertThat(queries.count(customer.name(), false)).isEqualTo(3);
  }

  private void open(Customer customer, Priority priority) {
    intake.open(
        new NewTicket(customer.accountEmail(), "Domain does not resolve (" + priority + ")", "DNS", priority), Channel.WEB);
  }
}
