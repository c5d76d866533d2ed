package no.mediaweb.supportflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every staff role reads tickets; nobody else does. */
@WorkersTest
class TicketQueriesAuthorisationTest {

  @Autowired TicketQueries queries;
  @Autowired TestTickets testTickets;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Role.class)
  void every_staff_role_sees_a_tickets_details_and_finds_it_in_the_list(Role role) {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    TestData.logInAs(role == Role.AGENT ? TestData.AGENT : "reader-" + role.name().toLowerCase(), role);

    TicketDetails details = queries.details(ticket.number());
    List<TicketSummary> found = queries.list(ticket.number(), false, 0, 10);

    assertThat(details.ticket().id()).isEqualTo(ticket.id());
    assertThat(details.customer().id()).isEqualTo(ticket.customerId());
    assertThat(found).extracting(TicketSummary::number).containsExactly(ticket.number());
  }

  @Test
  void an_engineering_agent_sees_only_the_tickets_that_reached_their_queue() {
    Ticket escalated = testTickets.inState(TicketStatus.IN_PROGRESS);
    Ticket other = testTickets.inState(TicketStatus.IN_PROGRESS);
    jdbc.sql(
            """
            INSERT INTO human_task (job_key, process_instance_key, ticket_id, element_id, name, candidate_group, state, created_at)
            VALUES (:key, 1, :ticket, 'work-escalation', 'Work the escalation', 'l3-engineering', 'OPEN', NOW(6))
            """)
        .param("key", System.nanoTime())
        .param("ticket", escalated.id())
        .update();
    TestData.logInAs(TestData.ENGINEER, Role.AGENT);

    assertThat(queries.details(escalated.number()).ticket().id()).isEqualTo(escalated.id());
    assertThat(queries.list(escalated.number(), false, 0, 10)).hasSize(1);
    assertThatThrownBy(() -> queries.details(other.number()))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    assertThat(queries.list(other.number(), false, 0, 10)).isEmpty();
    assertThat(queries.count(other.number(), false)).isZero();
  }

  @Test
  void an_anonymous_caller_sees_neither_details_nor_the_list() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    TestData.logOut();

    assertThatThrownBy(() -> queries.details(ticket.number())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> queries.list(ticket.number(), false, 0, 10))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void a_logged_in_caller_without_a_staff_role_sees_neither_details_nor_the_list() {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "someone", "n/a", List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));

    assertThatThrownBy(() -> queries.details(ticket.number())).isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(() -> queries.list(ticket.number(), false, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
  }
}
