package no.mediaweb.supportflow.ui.qa;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.QaCalibrationProcess;
import no.mediaweb.supportflow.processes.QaDisputeProcess;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.qa.Calibration;
import no.mediaweb.supportflow.qa.CalibrationDeviation;
import no.mediaweb.supportflow.qa.CriterionScore;
import no.mediaweb.supportflow.qa.OpenDispute;
import no.mediaweb.supportflow.qa.QaReviewService;
import no.mediaweb.supportflow.qa.Scorecard;
import no.mediaweb.supportflow.qa.Scorecards;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.user.AppUser;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What only QA leads do on screen: decide disputes and run calibrations. */
class QaLeadViewsTest extends KaribuViewTest {

  @Autowired CamundaClient client;
  @Autowired QaReviewService reviews;
  @Autowired Scorecards scorecards;

  @Test
  @SuppressWarnings("unchecked")
  void a_qa_lead_adjusts_the_score_of_a_disputed_review_with_a_note() {
    String agent = agent("lead.view.agent", "Petra Agent");
    String reviewer = qa("lead.view.reviewer", QaSamplingProcess.GROUP_QA_REVIEWERS);
    String lead = qa("lead.view.lead", QaSamplingProcess.GROUP_QA_REVIEWERS, QaDisputeProcess.GROUP_QA_LEADS);
    OpenedTicket ticket = closedTicket(agent, "Password reset mail never arrives");
    sample(ticket);

    loginAs(reviewer, Role.QA);
    InboxTask task = eventually().until(
            () -> reviews.openReviewTasks().stream().filter(t -> t.ticketId() == ticket.id()).findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
    Scorecard card = scorecards.current();
    long reviewId = reviews.submit(task.jobKey(), card.id(), everything(card, 1), null);
    loginAs(agent, Role.AGENT);
    reviews.dispute(reviewId, "The reset mail was blocked by the customer's own filter");

    loginAs(lead, Role.QA);
    navigate("qa");
    Grid<OpenDispute> disputes = _get(Grid.class, spec -> spec.withId("qa-disputes"));
    eventually().until(() -> {
      ((QaQueueView) UI.getCurrent().getCurrentView()).reload();
      return rows(disputes).stream().anyMatch(d -> d.review().id() == reviewId);
    });
    int row = rowIndex(disputes, d -> d.review().id() == reviewId);
    _click(buttonInCell(disputes, row, "decide", "Adjust"));
    _setValue(_get(BigDecimalField.class, spec -> spec.withId("adjust-score")), new BigDecimal("82.5"));
    _setValue(_get(TextArea.class, spec -> spec.withId("adjust-note")), "Filter issue confirmed; communication was fine");
    _click(_get(Button.class, spec -> spec.withId("adjust-confirm")));

    expectNotifications("Score adjusted");
    assertThat(rows(disputes)).noneMatch(d -> d.review().id() == reviewId);
    assertThat(jdbc.sql("SELECT CONCAT(decision, ' ', adjusted_score, ' ', adjusted_result, ' ', decided_by) FROM qa_dispute WHERE review_id = :id")
            .param("id", reviewId).query(String.class).single())
        .isEqualTo("ADJUSTED 82.50 PASSED " + lead);
    navigate("qa/reviews/" + reviewId);
    assertThat(textOf("qa-dispute")).contains("Adjusted by " + lead).contains("82.50 %").contains("Filter issue confirmed");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_qa_lead_starts_a_calibration_and_sees_each_reviewers_deviation_from_the_group() {
    String agent = agent("calib.view.agent", "Carl Agent");
    String first = qa("calib.view.first", QaSamplingProcess.GROUP_QA_REVIEWERS);
    String second = qa("calib.view.second", QaSamplingProcess.GROUP_QA_REVIEWERS);
    String lead = qa("calib.view.lead", QaSamplingProcess.GROUP_QA_REVIEWERS, QaDisputeProcess.GROUP_QA_LEADS);
    OpenedTicket ticket = closedTicket(agent, "Domain renewal charged twice");

    loginAs(first, Role.QA);
    navigate("qa/calibrations");
    assertThat(_get(Grid.class, spec -> spec.withId("calibrations"))).isNotNull();
    assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextField.class, spec -> spec.withId("calibration-ticket"))).isEmpty();

    loginAs(lead, Role.QA);
    navigate("qa"); // the same route again would keep the reviewer's view instance
    navigate("qa/calibrations");
    _setValue(_get(TextField.class, spec -> spec.withId("calibration-ticket")), ticket.number());
    MultiSelectComboBox<AppUser> reviewers = _get(MultiSelectComboBox.class, spec -> spec.withId("calibration-reviewers"));
    Set<AppUser> chosen = new java.util.HashSet<>();
    staff.find(first).ifPresent(chosen::add);
    staff.find(second).ifPresent(chosen::add);
    reviewers.setValue(chosen);
    _click(_get(Button.class, spec -> spec.withId("calibration-start")));
    expectNotifications("Calibration started: each reviewer has a task");

    Scorecard card = scorecards.current();
    for (var scorer : Map.of(first, 4, second, 2).entrySet()) {
      loginAs(scorer.getKey(), Role.QA);
      InboxTask task = eventually().until(
              () -> reviews.openReviewTasks().stream()
                  .filter(t -> t.ticketId() == ticket.id() && t.elementId().equals(QaCalibrationProcess.Elements.CALIBRATION_REVIEW))
                  .findFirst(),
              java.util.Optional::isPresent)
          .orElseThrow();
      reviews.submit(task.jobKey(), card.id(), everything(card, scorer.getValue()), null);
    }

    loginAs(staffMember("calib.view.manager", Role.MANAGER), Role.MANAGER);
    navigate("qa");
    navigate("qa/calibrations");
    Grid<Calibration> sessions = _get(Grid.class, spec -> spec.withId("calibrations"));
    Calibration calibration = rows(sessions).stream().filter(c -> c.ticketNumber().equals(ticket.number())).findFirst().orElseThrow();
    assertThat(calibration.scored()).isEqualTo(2);
    sessions.select(calibration);
    Grid<CalibrationDeviation> deviations = _get(Grid.class, spec -> spec.withId("calibration-deviations"));
    List<CalibrationDeviation> shown = rows(deviations);
    assertThat(shown).extracting(CalibrationDeviation::reviewer).containsExactly(first, second);
    // all 4s (and passes) = 100 %; all 2s with passes = 15/2 + 30/2 + 20/2 + 25 + 10 = 67.5 %; mean 83.75
    assertThat(shown.get(0).deviation()).isEqualByComparingTo("16.25");
    assertThat(shown.get(1).deviation()).isEqualByComparingTo("-16.25");
    assertThat(shown.get(0).groupMean()).isEqualByComparingTo("83.75");
  }

  private String qa(String username, String... groups) {
    staff.createIfAbsent(username, username, "qa-password-1", List.of(Role.QA), List.of(groups));
    return username;
  }

  private OpenedTicket closedTicket(String agent, String subject) {
    OpenedTicket ticket = openTicket(newCustomer("Lead Lisa"), subject);
    jdbc.sql("UPDATE ticket SET status = 'CLOSED', assignee = :a, closed_at = :now WHERE id = :id")
        .param("a", agent)
        .param("now", Timestamp.from(Instant.now()))
        .param("id", ticket.id())
        .update();
    return ticket;
  }

  private void sample(OpenedTicket ticket) {
    client.newCreateInstanceCommand()
        .bpmnProcessId(QaSamplingProcess.PROCESS_ID)
        .latestVersion()
        .variables(Map.of(QaSamplingProcess.Variables.SAMPLED_TICKET_IDS, List.of(ticket.id())))
        .startBeforeElement(QaSamplingProcess.Elements.REVIEW_TICKET)
        .send()
        .join();
  }

  /** Every criterion at {@code points}, pass/fail criteria passed. */
  private static List<CriterionScore> everything(Scorecard card, int points) {
    return card.criteria().stream().map(c -> new CriterionScore(c.id(), Math.min(points, c.scale().maxPoints()), null)).toList();
  }
}
