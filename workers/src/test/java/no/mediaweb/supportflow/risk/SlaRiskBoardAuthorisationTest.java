package no.mediaweb.supportflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Managers and admins read the risk board; agents, QA and anonymous callers do not. */
@WorkersTest
class SlaRiskBoardAuthorisationTest {

  @Autowired SlaRiskBoard board;
  @Autowired TestTickets testTickets;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Role.class, names = {"MANAGER", "ADMIN"})
  void managers_and_admins_see_the_counts_and_the_risky_tickets(Role role) {
    Ticket ticket = testTickets.inState(TicketStatus.OPEN, Plan.STARTER);
    testTickets.sla(ticket.id(), SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, Instant.now());
    TestData.logInAs("board-" + role.name().toLowerCase(), role);

    assertThat(board.summary().breachedTotal()).isPositive();
    assertThat(board.tickets(Optional.of(Plan.STARTER), Optional.empty()))
        .extracting(RiskyTicket::number)
        .contains(ticket.number());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Role.class, names = {"AGENT", "QA"})
  void agents_and_qa_are_refused_both_the_counts_and_the_list(Role role) {
    TestData.logInAs("board-" + role.name().toLowerCase(), role);

    assertThatThrownBy(() -> board.summary()).isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(() -> board.tickets(Optional.empty(), Optional.empty())).isInstanceOf(AuthorizationDeniedException.class);
  }

  @Test
  void an_anonymous_caller_is_asked_to_log_in() {
    TestData.logOut();

    assertThatThrownBy(() -> board.summary()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> board.tickets(Optional.empty(), Optional.empty()))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }
}
