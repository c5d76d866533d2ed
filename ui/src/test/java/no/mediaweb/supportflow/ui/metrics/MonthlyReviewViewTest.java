package no.mediaweb.supportflow.ui.metrics;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import io.camunda.client.CamundaClient;
import java.time.YearMonth;
import java.util.Map;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.reporting.review.MonthlyReviews;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.ui.login.LoginView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review screen on a real review task: monthly-metrics is started at its review step on the
 * engine, the month computed as that instance's, and the workflow's own worker files the review.
 */
class MonthlyReviewViewTest extends KaribuViewTest {

  private static final YearMonth MONTH = YearMonth.of(2018, 8);

  @Autowired CamundaClient client;
  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired MonthlyReviews reviews;

  private String manager;
  private long jobKey;
  private long processInstanceKey;

  @BeforeEach
  void aMonthWaitingForItsReview() {
    processInstanceKey = client.newCreateInstanceCommand()
        .bpmnProcessId(MonthlyMetricsProcess.PROCESS_ID)
        .latestVersion()
        .variables(Map.of(MonthlyMetricsProcess.Variables.MONTH, MONTH.toString()))
        .startBeforeElement(MonthlyMetricsProcess.Elements.REVIEW_METRICS)
        .send()
        .join()
        .getProcessInstanceKey();
    new MetricsTestData(jdbc, staff, calculator).write(MONTH, "rev", "monthly-metrics/" + processInstanceKey);
    manager = staffMember("review.manager", Role.MANAGER);
    loginAs(manager, Role.MANAGER);
    jobKey = eventually()
        .until(() -> reviews.openReviews().stream().filter(r -> r.month().equals(MONTH)).findFirst(), java.util.Optional::isPresent)
        .orElseThrow()
        .jobKey();
  }

  @Test
  void a_manager_sees_the_month_waiting_for_review_with_its_figures_and_a_link_to_its_dashboard() {
    navigate("metrics/review");

    assertThat(getCurrentView()).isEqualTo(MonthlyReviewView.class);
    assertThat(textOf("review-month")).isEqualTo("August 2018");
    assertThat(textOf("headline-tickets-created-value")).isEqualTo("5");
    assertThat(textOf("headline-backlog-value")).isEqualTo("2");
    assertThat(_get(RouterLink.class, spec -> spec.withId("review-dashboard-link")).getHref()).isEqualTo("metrics?month=2018-08");
  }

  @Test
  void filing_without_notes_shows_a_message_and_completes_nothing() {
    navigate("metrics/review");

    _setValue(_get(TextArea.class, spec -> spec.withId("review-actions")), "Hire a night shift");
    _click(_get(Button.class, spec -> spec.withId("review-file")));

    TextArea notes = _get(TextArea.class, spec -> spec.withId("review-notes"));
    assertThat(notes.isInvalid()).isTrue();
    assertThat(notes.getErrorMessage()).isEqualTo(MonthlyReviewView.NOTES_REQUIRED);
    assertThat(taskState()).isEqualTo("OPEN");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM metric_review WHERE process_instance_key = :pik")
            .param("pik", processInstanceKey).query(Integer.class).single())
        .isZero();
  }

  @Test
  void notes_the_service_refuses_stay_as_written_with_its_message_and_the_task_stays_open() {
    navigate("metrics/review");
    String tooLong = "x".repeat(MonthlyReviewView.MAX_TEXT + 1);

    _setValue(_get(TextArea.class, spec -> spec.withId("review-notes")), tooLong);
    _click(_get(Button.class, spec -> spec.withId("review-file")));

    TextArea notes = _get(TextArea.class, spec -> spec.withId("review-notes"));
    assertThat(notes.isInvalid()).isTrue();
    assertThat(notes.getErrorMessage()).isEqualTo("Notes and actions are limited to 10000 characters each");
    assertThat(notes.getValue()).isEqualTo(tooLong);
    assertThat(taskState()).isEqualTo("OPEN");
  }

  @Test
  void a_manager_files_the_review_and_the_workflow_writes_it_with_the_month() {
    navigate("metrics/review");

    _setValue(_get(TextArea.class, spec -> spec.withId("review-notes")), "Starter backlog grew, first responses held");
    _setValue(_get(TextArea.class, spec -> spec.withId("review-actions")), "Move one agent to the Starter queue");
    _click(_get(Button.class, spec -> spec.withId("review-file")));

    expectNotifications("Review of August 2018 filed");
    assertThat(taskState()).isEqualTo("COMPLETED");
    eventually().until(() -> reviewRows() == 1);
    assertThat(jdbc.sql("SELECT CONCAT(notes, ' | ', actions, ' | ', reviewed_by) FROM metric_review WHERE process_instance_key = :pik")
            .param("pik", processInstanceKey).query(String.class).single())
        .isEqualTo("Starter backlog grew, first responses held | Move one agent to the Starter queue | " + manager);
    navigate("metrics");
    navigate("metrics/review");
    _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("review-past-month")), MONTH);
    assertThat(textOf("review-past-notes")).isEqualTo("Starter backlog grew, first responses held");
    assertThat(textOf("review-past-by")).startsWith("Reviewed by " + manager);
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AGENT", "QA", "ADMIN"})
  void only_managers_open_the_review(Role role) {
    loginAs(staffMember("no-review." + role.name().toLowerCase(), role), role);

    navigate("metrics/review");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
  }

  @Test
  void anonymous_visitors_are_sent_to_the_login() {
    logout();

    UI.getCurrent().navigate("metrics/review");

    assertThat(getCurrentView()).isEqualTo(LoginView.class);
  }

  private String taskState() {
    return jdbc.sql("SELECT state FROM human_task WHERE job_key = :k").param("k", jobKey).query(String.class).single();
  }

  private int reviewRows() {
    return jdbc.sql("SELECT COUNT(*) FROM metric_review WHERE month = :m AND process_instance_key = :pik")
        .param("m", MONTH.atDay(1))
        .param("pik", processInstanceKey)
        .query(Integer.class)
        .single();
  }
}
