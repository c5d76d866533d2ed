package no.mediaweb.supportflow.ui.metrics;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.qa.QaCalibrations;
import no.mediaweb.supportflow.reporting.metrics.DrillTicket;
import no.mediaweb.supportflow.reporting.metrics.EscalationCount;
import no.mediaweb.supportflow.reporting.metrics.MetricsDrillDown;
import no.mediaweb.supportflow.reporting.metrics.MetricsReport;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.reporting.metrics.ReportingProperties;
import no.mediaweb.supportflow.reporting.metrics.Segment;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.components.Chart;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.ui.login.LoginView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The dashboard on the hand-checked month of {@link MetricsTestData}, computed as monthly-metrics does. */
class MetricsViewTest extends KaribuViewTest {

  private static final YearMonth MONTH = YearMonth.of(2019, 2);

  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired MetricsDrillDown drillDown;
  @Autowired QaCalibrations calibrations;
  @Autowired ReportingProperties reporting;

  private MetricsTestData.Month data;

  @BeforeEach
  void computedMonth() {
    data = new MetricsTestData(jdbc, staff, calculator).write(MONTH, "dash");
  }

  @Test
  void a_manager_sees_the_months_hand_checked_headline_figures() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);

    openMonth();

    assertThat(getCurrentView()).isEqualTo(MetricsView.class);
    assertThat(_get(Select.class, spec -> spec.withId("filter-month")).getValue()).isEqualTo(MONTH);
    assertThat(headline("tickets-created")).isEqualTo("5");
    assertThat(headline("first-response-sla")).isEqualTo("75.0 %");
    assertThat(headline("resolution-sla")).isEqualTo("66.7 %");
    assertThat(headline("escalation-rate")).isEqualTo("20.0 %");
    assertThat(headline("backlog")).isEqualTo("2");
    assertThat(headline("reopen-rate")).isEqualTo("33.3 %");
    assertThat(headline("first-contact-resolution")).isEqualTo("33.3 %");
    assertThat(headline("csat")).isEqualTo("5.0");
    assertThat(headline("survey-response-rate")).isEqualTo("50.0 %");
    assertThat(headline("qa-score")).isEqualTo("90.0 %");
    assertThat(textOf("headline-first-response-time")).contains("4 responses");
    assertThat(_get(ComboBox.class, spec -> spec.withId("filter-team")).isVisible()).isTrue();
    assertThat(_get(ComboBox.class, spec -> spec.withId("filter-agent")).isVisible()).isTrue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void choosing_a_plan_changes_the_figures_and_a_headline_opens_exactly_its_tickets() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);
    openMonth();

    _setValue(_get(Select.class, spec -> spec.withId("filter-plan")), Plan.PRO);

    assertThat(headline("tickets-created")).isEqualTo("3");
    assertThat(headline("first-response-sla")).isEqualTo("66.7 %");
    assertThat(headline("escalation-rate")).isEqualTo("33.3 %");
    assertThat(headline("backlog")).isEqualTo("0");
    _click(_get(NativeButton.class, spec -> spec.withId("headline-tickets-created")));
    DrillDownDialog dialog = _get(DrillDownDialog.class);
    assertThat(rows(dialog.grid())).extracting(DrillTicket::number).containsExactly(data.numbers("t1", "t2", "t5").toArray(String[]::new));
    assertThat(textOf("drill-total")).isEqualTo("3 tickets · February 2019 · Pro plan");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_address_carries_month_and_filters_so_a_view_can_be_shared() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);

    UI.getCurrent().navigate("metrics", QueryParameters.simple(java.util.Map.of("month", "2019-02", "plan", "PRO")));

    assertThat(_get(Select.class, spec -> spec.withId("filter-plan")).getValue()).isEqualTo(Plan.PRO);
    assertThat(headline("tickets-created")).isEqualTo("3");
    _setValue(_get(ComboBox.class, spec -> spec.withId("filter-agent")), data.alex());
    assertThat(((MetricsView) UI.getCurrent().getCurrentView()).queryParameters().getParameters())
        .isEqualTo(java.util.Map.of("month", List.of("2019-02"), "plan", List.of("PRO"), "agent", List.of(data.alex())));
    assertThat(headline("tickets-created")).isEqualTo("2");
  }

  @Test
  void the_backlog_headline_lists_the_tickets_open_at_the_months_end() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);
    openMonth();

    _click(_get(NativeButton.class, spec -> spec.withId("headline-backlog")));

    assertThat(rows(_get(DrillDownDialog.class).grid())).extracting(DrillTicket::number)
        .containsExactly(data.numbers("t3", "t4").toArray(String[]::new));
  }

  @Test
  void a_click_on_a_trend_charts_point_opens_the_tickets_of_that_month() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);
    openMonth();
    Chart escalations = _get(Chart.class, spec -> spec.withId("chart-escalation"));
    assertThat(escalations.labels()).hasSize(12).endsWith("Feb 19");
    assertThat(escalations.datasets().get(0).values().get(11)).isEqualTo(20.0);

    ComponentUtil.fireEvent(escalations, new Chart.PointClickEvent(escalations, true, 0, 11));

    assertThat(rows(_get(DrillDownDialog.class).grid())).extracting(DrillTicket::number).containsExactly(data.numbers().get("t5"));
  }

  @Test
  void a_click_on_a_plans_point_or_bar_opens_that_plans_tickets_of_the_figure() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);
    openMonth();
    Chart sla = _get(Chart.class, spec -> spec.withId("chart-sla"));
    assertThat(sla.datasets()).extracting(Chart.Dataset::label)
        .containsExactly("Starter first response", "Starter resolution", "Pro first response", "Pro resolution",
            "Enterprise first response", "Enterprise resolution");

    ComponentUtil.fireEvent(sla, new Chart.PointClickEvent(sla, true, 3, 11));

    DrillDownDialog dialog = _get(DrillDownDialog.class);
    assertThat(dialog.getHeaderTitle()).isEqualTo("Resolution SLA breached");
    assertThat(rows(dialog.grid())).extracting(DrillTicket::number).containsExactly(data.numbers().get("t2"));
    dialog.close();

    Chart plans = _get(Chart.class, spec -> spec.withId("chart-plans"));
    assertThat(plans.labels()).containsExactly("Pro", "Starter");
    ComponentUtil.fireEvent(plans, new Chart.PointClickEvent(plans, true, 0, 1));
    assertThat(rows(_get(DrillDownDialog.class).grid())).extracting(DrillTicket::number)
        .containsExactly(data.numbers("t3", "t4").toArray(String[]::new));
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_count_in_a_table_opens_the_tickets_behind_it() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);
    openMonth();
    MetricsTable<EscalationCount> escalations = _get(MetricsTable.class, spec -> spec.withId("table-escalations"));
    assertThat(rows(escalations.grid())).containsExactly(new EscalationCount("L2", "INTEGRATION_API", 1));

    _click(buttonInCell(escalations.grid(), 0, "escalations", "1"));

    DrillDownDialog dialog = _get(DrillDownDialog.class);
    assertThat(rows(dialog.grid())).extracting(DrillTicket::number).containsExactly(data.numbers().get("t5"));
    assertThat(textOf("drill-total")).isEqualTo("1 ticket · February 2019 · tier L2 · Integration or API problem");
    dialog.close();

    MetricsTable<Segment> qa = _get(MetricsTable.class, spec -> spec.withId("table-qa-agents"));
    _click(buttonInCell(qa.grid(), rowIndex(qa.grid(), s -> s.label().equals("Dahl, Alex")), "reviews", "1"));
    assertThat(rows(_get(DrillDownDialog.class).grid())).extracting(DrillTicket::number).containsExactly(data.numbers().get("t1"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_tables_csv_has_a_header_row_quotes_a_name_with_a_comma_and_names_month_and_filters() {
    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);
    openMonth();
    _setValue(_get(ComboBox.class, spec -> spec.withId("filter-agent")), data.alex());

    MetricsTable<?> qa = _get(MetricsTable.class, spec -> spec.withId("table-qa-agents"));

    assertThat(qa.csv()).isEqualTo("Agent,Reviews,Average score (%),Failed,Fail rate (%)\r\n\"Dahl, Alex\",1,90.0,0,0.0\r\n");
    assertThat(qa.fileName()).isEqualTo("supportflow-qa-by-agent-2019-02-agent-dash-alex.csv");
    assertThat(_get(Anchor.class, spec -> spec.withId("table-qa-agents-csv")).getHref()).isNotBlank();
    MetricsTable<?> plans = _get(MetricsTable.class, spec -> spec.withId("table-plans"));
    assertThat(plans.csv().split("\r\n"))
        .containsExactly(
            "Plan,Created,Escalated,First responses,First response breached,First-response SLA (%),Resolved,Resolution breached,"
                + "Resolution SLA (%),Backlog at month end",
            "Pro,2,0,2,1,50.0,2,1,50.0,0");
  }

  @Test
  void qa_staff_see_how_far_each_reviewer_scored_from_the_group_in_the_months_calibrations() {
    long ticketId = jdbc.sql("SELECT id FROM ticket WHERE number = :n").param("n", data.numbers().get("t1"))
        .query(Long.class).single();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO qa_calibration (ticket_id, requested_by, reviewers, requested_at)
            VALUES (:t, 'cal-lead', 'cal-a,cal-b,cal-c', :at)
            """)
        .param("t", ticketId)
        .param("at", Timestamp.from(Instant.parse("2019-02-10T09:00:00Z")))
        .update(key);
    long calibration = key.getKey().longValue();
    // scores 80, 90 and 100: group mean 90, so cal-a is 10 points stricter, cal-b on the mean, cal-c 10 more lenient
    for (String[] review : List.of(new String[] {"cal-a", "80"}, new String[] {"cal-b", "90"}, new String[] {"cal-c", "100"})) {
      jdbc.sql(
              """
              INSERT INTO qa_review (task_key, kind, ticket_id, agent, reviewer, scorecard_id, calibration_id, score, result,
                critical_failed, submitted_at)
              VALUES (:key, 'CALIBRATION', :t, 'dash-alex', :reviewer, 1, :c, :score, 'PASSED', FALSE, :at)
              """)
          .param("key", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))
          .param("t", ticketId)
          .param("reviewer", review[0])
          .param("c", calibration)
          .param("score", new BigDecimal(review[1]))
          .param("at", Timestamp.from(Instant.parse("2019-02-11T09:00:00Z")))
          .update();
    }
    loginAs(staffMember("metrics.qa", Role.QA), Role.QA);

    openMonth();

    MetricsTable<?> table = _get(MetricsTable.class, spec -> spec.withId("table-calibration"));
    assertThat(table.isVisible()).isTrue();
    assertThat(table.csv().split("\r\n"))
        .containsExactly(
            "Reviewer,Calibrations,Mean distance from the group (points),\"Mean deviation (points, + = more lenient)\"",
            "cal-a,1,10.00,-10.00",
            "cal-c,1,10.00,10.00",
            "cal-b,1,0.00,0.00");
  }

  @Test
  void an_agent_sees_only_their_own_figures_and_no_team_or_agent_filter() {
    loginAs(data.alex(), Role.AGENT);

    openMonth();

    assertThat(headline("tickets-created")).isEqualTo("2");
    assertThat(headline("first-response-sla")).isEqualTo("50.0 %");
    assertThat(_find(ComboBox.class, spec -> spec.withId("filter-team"))).isEmpty();
    assertThat(_find(ComboBox.class, spec -> spec.withId("filter-agent"))).isEmpty();
    assertThat(_get(Select.class, spec -> spec.withId("filter-plan"))).isNotNull();
    assertThat(_find(MetricsTable.class, spec -> spec.withId("table-calibration"))).isEmpty();
    _click(_get(NativeButton.class, spec -> spec.withId("headline-tickets-created")));
    assertThat(rows(_get(DrillDownDialog.class).grid())).extracting(DrillTicket::number)
        .containsExactly(data.numbers("t1", "t2").toArray(String[]::new));
  }

  @Test
  void qa_sees_everyones_figures() {
    loginAs(staffMember("metrics.qa", Role.QA), Role.QA);

    openMonth();

    assertThat(headline("tickets-created")).isEqualTo("5");
    assertThat(_get(ComboBox.class, spec -> spec.withId("filter-agent")).isVisible()).isTrue();
  }

  @Test
  void anonymous_visitors_are_sent_to_the_login_and_accounts_without_a_staff_role_are_refused() {
    navigate("metrics");
    assertThat(getCurrentView()).isEqualTo(LoginView.class);

    loginAs("metrics.nobody");
    navigate("metrics");
    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
  }

  @Test
  void before_any_month_is_computed_the_dashboard_says_so_and_tells_managers_where_months_come_from() {
    MetricsReport nothingComputed = Mockito.mock(MetricsReport.class);
    Mockito.when(nothingComputed.computedMonths()).thenReturn(List.of());

    loginAs(staffMember("metrics.manager", Role.MANAGER), Role.MANAGER);
    MetricsView managers = new MetricsView(
        nothingComputed, drillDown, staff, calibrations, reporting, context.getBean(AuthenticationContext.class));
    loginAs(data.alex(), Role.AGENT);
    MetricsView agents = new MetricsView(
        nothingComputed, drillDown, staff, calibrations, reporting, context.getBean(AuthenticationContext.class));

    assertThat(_get(managers, Div.class, spec -> spec.withId("metrics-empty")).getElement().getTextRecursively())
        .startsWith(MetricsView.NO_MONTH_YET)
        .contains("on the 1st of each month")
        .contains("Monthly review");
    assertThat(_get(agents, Div.class, spec -> spec.withId("metrics-empty")).getElement().getTextRecursively())
        .isEqualTo(MetricsView.NO_MONTH_YET);
    assertThat(_find(managers, Headlines.class)).isEmpty();
    Mockito.verify(nothingComputed, Mockito.never()).figures(Mockito.any());
  }

  private static void openMonth() {
    UI.getCurrent().navigate("metrics", QueryParameters.of("month", MONTH.toString()));
  }

  private static String headline(String key) {
    return textOf("headline-" + key + "-value");
  }
}
