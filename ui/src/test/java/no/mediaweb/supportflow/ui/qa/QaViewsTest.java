package no.mediaweb.supportflow.ui.qa;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.qa.QaReview;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QaViewsTest extends KaribuViewTest {

  @Autowired CamundaClient client;

  @Test
  @SuppressWarnings("unchecked")
  void a_qa_reviewer_scores_a_sampled_ticket_on_the_review_screen_and_its_agent_disputes_the_result() {
    String agent = agent("qa.view.agent", "Vera Agent");
    OpenedTicket ticket = closedSampledTicket(agent, "Invoices are sent twice");
    String reviewer = reviewer("qa.view.reviewer");
    jdbc.sql(
            """
            INSERT INTO survey (ticket_id, process_instance_key, plan, channel, created_at, sent_at, answered_at, score,
              comment, outcome, ended_at)
            VALUES (:t, 0, 'PRO', 'WEB', :at, :at, :at, 2, 'Took three days', 'ANSWERED', :at)
            """)
        .param("at", Timestamp.from(Instant.now()))
        .param("t", ticket.id())
        .update();

    loginAs(reviewer, Role.QA);
    navigate("qa");
    Grid<InboxTask> tasks = _get(Grid.class, spec -> spec.withId("qa-tasks"));
    eventually().until(() -> {
      poll();
      ((QaQueueView) com.vaadin.flow.component.UI.getCurrent().getCurrentView()).reload();
      return rows(tasks).stream().anyMatch(t -> t.ticketNumber().equals(ticket.number()));
    });
    int row = rowIndex(tasks, t -> t.ticketNumber().equals(ticket.number()));
    _click(buttonInCell(tasks, row, "open", "Review"));

    assertThat(getCurrentView()).isEqualTo(QaReviewView.class);
    assertThat(textOf("qa-ticket-facts")).contains("handled by " + agent);
    assertThat(textOf("qa-escalations")).contains("No escalations.");
    assertThat(textOf("qa-survey")).startsWith("Scored 2 of 5 on").endsWith("\u201cTook three days\u201d");
    for (String code : List.of("response-time", "resolution-quality", "communication")) {
      _setValue(_get(Select.class, spec -> spec.withId("score-" + code)), 4);
    }
    _setValue(_get(Select.class, spec -> spec.withId("score-accuracy")), 1);
    _click(_get(Button.class, spec -> spec.withId("qa-submit")));
    expectNotifications("Score every criterion");
    _setValue(_get(Select.class, spec -> spec.withId("score-process-adherence")), 0);
    _click(_get(Button.class, spec -> spec.withId("qa-submit")));

    expectNotifications("Review submitted");
    assertThat(getCurrentView()).isEqualTo(QaResultView.class);
    assertThat(textOf("qa-outcome")).contains("90.00 %").contains("FAILED").contains("critical criterion failed");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM qa_review r JOIN ticket t ON t.id = r.ticket_id WHERE t.number = :n")
            .param("n", ticket.number()).query(Integer.class).single())
        .isEqualTo(1);

    loginAs(agent, Role.AGENT);
    navigate("my-qa");
    Grid<QaReview> mine = _get(Grid.class, spec -> spec.withId("my-qa-results"));
    QaReview review = rows(mine).stream().filter(r -> r.ticketNumber().equals(ticket.number())).findFirst().orElseThrow();
    navigate("qa/reviews/" + review.id());
    _click(_get(Button.class, spec -> spec.withId("qa-dispute-button")));
    _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "The process step was approved by my manager");
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    expectNotifications("Dispute sent to the QA leads");
    assertThat(textOf("qa-dispute")).contains("The process step was approved by my manager").contains("Waiting for a QA lead");
    assertThat(jdbc.sql("SELECT reason FROM qa_dispute WHERE review_id = :id").param("id", review.id()).query(String.class).single())
        .isEqualTo("The process step was approved by my manager");

    loginAs(agent("qa.view.other", "Otto Other"), Role.AGENT);
    navigate("qa/reviews/" + review.id());
    assertThat(textOf("qa-review-missing")).contains("no such review");
  }

  @Test
  void only_qa_and_managers_open_the_quality_reviews_and_only_qa_the_review_screen() {
    loginAs(agent("qa.roles.agent", "Ada Agent"), Role.AGENT);
    navigate("qa");
    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    navigate("qa/calibrations");
    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);

    loginAs(staffMember("qa.roles.manager", Role.MANAGER), Role.MANAGER);
    navigate("qa");
    assertThat(getCurrentView()).isEqualTo(QaQueueView.class);
    navigate("qa/review/1");
    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    navigate("my-qa");
    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);

    loginAs(reviewer("qa.roles.reviewer"), Role.QA);
    navigate("qa/calibrations");
    assertThat(getCurrentView()).isEqualTo(CalibrationsView.class);
  }

  private String reviewer(String username) {
    staff.createIfAbsent(username, username, "qa-password-1", List.of(Role.QA), List.of(QaSamplingProcess.GROUP_QA_REVIEWERS));
    return username;
  }

  /** A ticket handled by {@code agent} and closed, drawn into a sample as the sampling process does. */
  private OpenedTicket closedSampledTicket(String agent, String subject) {
    Customer customer = newCustomer("Quality Quentin");
    OpenedTicket ticket = openTicket(customer, subject);
    jdbc.sql("UPDATE ticket SET status = 'CLOSED', assignee = :a, closed_at = :now WHERE id = :id")
        .param("a", agent)
        .param("now", Timestamp.from(Instant.now()))
        .param("id", ticket.id())
        .update();
    client.newCreateInstanceCommand()
        .bpmnProcessId(QaSamplingProcess.PROCESS_ID)
        .latestVersion()
        .variables(Map.of(QaSamplingProcess.Variables.SAMPLED_TICKET_IDS, List.of(ticket.id())))
        .startBeforeElement(QaSamplingProcess.Elements.REVIEW_TICKET)
        .send()
        .join();
    return ticket;
  }
}
