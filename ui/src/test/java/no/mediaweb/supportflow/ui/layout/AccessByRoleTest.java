package no.mediaweb.supportflow.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.inbox.InboxView;
import no.mediaweb.supportflow.ui.login.LoginView;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.ui.tickets.TicketsView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AccessByRoleTest extends KaribuViewTest {

  @Autowired InboxService inbox;

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"QA", "MANAGER"})
  void staff_who_are_not_agents_cannot_open_the_inbox_nor_claim_tasks(Role role) {
    String user = staffMember("no-inbox." + role.name().toLowerCase(), role);
    loginAs(user, role);

    navigate("inbox");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    assertThat(textOf("error-title")).isEqualTo("You do not have access to this page");
    assertThatThrownBy(() -> inbox.claim(1L)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> inbox.myTasks()).isInstanceOf(AccessDeniedException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"inbox", "tickets", "", "tickets/MW-000001"})
  void anonymous_visitors_are_sent_to_the_login(String route) {
    navigate(route);

    assertThat(getCurrentView()).isEqualTo(LoginView.class);
  }

  @Test
  void agents_start_in_their_inbox_and_see_inbox_tickets_and_their_qa_results_in_the_menu() {
    loginAs(agent("menu.agent", "Maja Menu"), Role.AGENT);

    navigate("");

    assertThat(getCurrentView()).isEqualTo(InboxView.class);
    assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Inbox", "Tickets", "My QA results", "Metrics");
    assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Maja Menu");
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"QA", "MANAGER", "ADMIN"})
  void other_staff_start_in_the_ticket_list_without_an_inbox_in_the_menu(Role role) {
    loginAs(staffMember("menu." + role.name().toLowerCase(), role), role);

    navigate("");

    assertThat(getCurrentView()).isEqualTo(TicketsView.class);
    switch (role) {
      case ADMIN ->
          assertThat(_find(SideNavItem.class))
              .extracting(SideNavItem::getLabel)
              .containsExactly("Tickets", "Metrics", "SLA risk", "Customers", "Queues", "Sent mail", "Business calendars");
      case MANAGER ->
          assertThat(_find(SideNavItem.class))
              .extracting(SideNavItem::getLabel)
              .containsExactly(
                  "Tickets", "Quality reviews", "Metrics", "Approvals", "Survey follow-ups", "Monthly review", "SLA risk",
                  "Customers", "Queues", "Sent mail");
      default ->
          assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Tickets", "Quality reviews", "Metrics");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"QA", "MANAGER", "ADMIN", "AGENT"})
  void every_staff_role_can_read_a_ticket(Role role) {
    OpenedTicket ticket = openTicket(newCustomer("Rolf Roles"), "Every role reads tickets");
    // agents read the tickets of their queues: every ticket starts in the L1 queue
    String reader = role == Role.AGENT ? agent("reader.agent", "Reader Agent") : staffMember("reader." + role.name().toLowerCase(), role);
    loginAs(reader, role);

    UI.getCurrent().navigate("tickets/" + ticket.number());

    assertThat(getCurrentView()).isEqualTo(TicketView.class);
    assertThat(textOf("ticket-title")).isEqualTo(ticket.number() + " · Every role reads tickets");
  }
}
