package no.mediaweb.supportflow.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.inbox.TaskNoLongerActiveException;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess;
import no.mediaweb.supportflow.reporting.ReportingTest;
import no.mediaweb.supportflow.reporting.metrics.MetricsFixture;
import no.mediaweb.supportflow.reporting.metrics.MonthlyMetricsCalculator;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The review service on a review task the engine does not know (stored as the inbox stores it), so
 * every refusal can be seen without running the process; the journey test completes a real one.
 */
@ReportingTest
class MonthlyReviewsTest {

  static final String MANAGER = "review-manager";

  @Autowired MonthlyReviews reviews;
  @Autowired MonthlyMetricsCalculator calculator;
  @Autowired MetricsFixture fixture;
  @Autowired JdbcClient jdbc;

  long jobKey;
  YearMonth month;

  @BeforeEach
  void anOpenReviewOfAMonthTheEngineNoLongerKnows() {
    fixture.staff(MANAGER, Role.MANAGER, "managers");
    long processInstanceKey = 3_000_000_000L + System.nanoTime() % 1_000_000_000L;
    jobKey = processInstanceKey + 1;
    month = YearMonth.of(2023, 8 + (int) (processInstanceKey % 4));
    calculator.compute(month, "monthly-metrics/" + processInstanceKey);
    jdbc.sql(
            """
            INSERT INTO human_task (job_key, process_instance_key, ticket_id, element_id, name, candidate_group, state,
              due_at, created_at)
            VALUES (:k, :pik, NULL, :element, 'Review the month''s metrics', 'managers', 'OPEN', :due, :now)
            """)
        .param("k", jobKey)
        .param("pik", processInstanceKey)
        .param("element", MonthlyMetricsProcess.Elements.REVIEW_METRICS)
        .param("due", Timestamp.from(Instant.parse("2023-12-06T05:30:00Z")))
        .param("now", Timestamp.from(Instant.now()))
        .update();
  }

  @AfterEach
  void logOut() {
    MetricsFixture.logOut();
  }

  @Test
  void a_manager_sees_the_open_review_with_its_month_and_due_date() {
    MetricsFixture.logInAs(MANAGER, Role.MANAGER);

    assertThat(reviews.openReviews())
        .contains(new OpenMonthlyReview(month, jobKey, Instant.parse("2023-12-06T05:30:00Z")));
  }

  @Test
  void a_review_without_notes_is_refused_and_the_task_stays_open() {
    MetricsFixture.logInAs(MANAGER, Role.MANAGER);

    assertThatThrownBy(() -> reviews.complete(jobKey, "  ", "Hire"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("what you found");
    assertThat(taskState()).isEqualTo("OPEN");
    assertThat(reviews.review(month)).isEmpty();
  }

  @Test
  void completing_a_review_the_workflow_no_longer_has_says_so_and_takes_it_off_the_list() {
    MetricsFixture.logInAs(MANAGER, Role.MANAGER);

    assertThatThrownBy(() -> reviews.complete(jobKey, "All fine", null)).isInstanceOf(TaskNoLongerActiveException.class);
    assertThat(taskState()).isEqualTo("WITHDRAWN");
    assertThat(reviews.openReviews()).extracting(OpenMonthlyReview::jobKey).doesNotContain(jobKey);
    assertThatThrownBy(() -> reviews.complete(jobKey, "All fine", null))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("no longer open");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Role.class, names = {"AGENT", "QA", "ADMIN"})
  void only_managers_review_the_month(Role role) {
    MetricsFixture.logInAs("review-" + role.name().toLowerCase(), role);

    assertThatThrownBy(() -> reviews.complete(jobKey, "Looks good", null)).isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(() -> reviews.openReviews()).isInstanceOf(AuthorizationDeniedException.class);
    assertThat(taskState()).isEqualTo("OPEN");
  }

  @Test
  void an_anonymous_caller_is_asked_to_log_in() {
    assertThatThrownBy(() -> reviews.complete(jobKey, "Looks good", null))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  private String taskState() {
    return jdbc.sql("SELECT state FROM human_task WHERE job_key = :k").param("k", jobKey).query(String.class).single();
  }
}
