package no.mediaweb.supportflow.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.reporting.ReportingTest;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * February 2023: agent A created 2 tickets, agent B 3. An agent sees only their own figures and
 * tickets, whatever they ask for; managers, QA and admins see everyone's; others are refused.
 */
@ReportingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsAuthorisationTest {

  static final YearMonth FEBRUARY = YearMonth.of(2023, 2);
  static final String A = "auth-agent-a";
  static final String B = "auth-agent-b";

  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired MetricsReport report;
  @Autowired MetricsDrillDown drillDown;
  @Autowired MetricsFixture fixture;

  @BeforeAll
  void computeFebruary() {
    fixture.staff(A, Role.AGENT, "l1-agents");
    fixture.staff(B, Role.AGENT, "l1-agents");
    long customer = fixture.customer(Plan.PRO);
    Instant closed = Instant.parse("2023-03-10T00:00:00Z");
    for (int i = 0; i < 2; i++) {
      fixture.ticket(customer, Instant.parse("2023-02-0%dT10:00:00Z".formatted(i + 1))).assignee(A).closed(closed).insert();
    }
    for (int i = 0; i < 3; i++) {
      fixture.ticket(customer, Instant.parse("2023-02-1%dT10:00:00Z".formatted(i + 1))).assignee(B).closed(closed).insert();
    }
    calculator.compute(FEBRUARY, "authorisation-test");
  }

  @AfterEach
  void logOut() {
    MetricsFixture.logOut();
  }

  @Test
  void an_agent_sees_only_their_own_figures_even_when_asking_for_another_agents() {
    MetricsFixture.logInAs(A, Role.AGENT);

    assertThat(report.figures(MetricsFilter.of(FEBRUARY)).ticketsCreated()).isEqualTo(2);
    assertThat(report.figures(MetricsFilter.of(FEBRUARY).withAgent(B)).ticketsCreated()).isEqualTo(2);
    assertThat(report.trend(MetricsFilter.of(FEBRUARY).withAgent(B), 2))
        .extracting(MonthFigures::ticketsCreated)
        .containsExactly(0L, 2L);
    assertThat(report.breakdown(MetricsFilter.of(FEBRUARY), Dimension.AGENT))
        .extracting(s -> s.keys().get(Dimension.AGENT))
        .containsExactly(A);
    assertThat(report.agents(FEBRUARY)).containsExactly(A);
  }

  @Test
  void an_agents_drill_down_lists_only_their_own_tickets() {
    MetricsFixture.logInAs(A, Role.AGENT);

    DrillPage page = drillDown.tickets(MetricsFilter.of(FEBRUARY).withAgent(B), Metric.TICKETS_CREATED, null, null, 0, 50);

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.tickets()).extracting(DrillTicket::agent).containsOnly(A);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Role.class, names = {"MANAGER", "QA", "ADMIN"})
  void managers_qa_and_admins_see_every_agent(Role role) {
    MetricsFixture.logInAs("auth-" + role.name().toLowerCase(), role);

    assertThat(report.figures(MetricsFilter.of(FEBRUARY)).ticketsCreated()).isEqualTo(5);
    assertThat(report.figures(MetricsFilter.of(FEBRUARY).withAgent(B)).ticketsCreated()).isEqualTo(3);
    assertThat(drillDown.tickets(MetricsFilter.of(FEBRUARY), Metric.TICKETS_CREATED, null, null, 0, 50).total())
        .isEqualTo(5);
    assertThat(report.agents(FEBRUARY)).containsExactly(A, B);
  }

  @Test
  void someone_without_a_staff_role_is_refused() {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        "a-customer", "n/a", List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));

    assertThatThrownBy(() -> report.figures(MetricsFilter.of(FEBRUARY))).isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(() -> report.computedMonths()).isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(() -> drillDown.tickets(MetricsFilter.of(FEBRUARY), Metric.TICKETS_CREATED, null, null, 0, 10))
        .isInstanceOf(AuthorizationDeniedException.class);
  }

  @Test
  void an_anonymous_caller_is_asked_to_log_in() {
    assertThatThrownBy(() -> report.figures(MetricsFilter.of(FEBRUARY)))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> drillDown.tickets(MetricsFilter.of(FEBRUARY), Metric.TICKETS_CREATED, null, null, 0, 10))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }
}
