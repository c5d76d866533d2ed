package no.mediaweb.supportflow.ui.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Messages;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Variables;
import no.mediaweb.supportflow.survey.SurveyLinks;
import no.mediaweb.supportflow.survey.SurveyService;
import no.mediaweb.supportflow.survey.SurveyService.FollowUp;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.layout.AccessDeniedView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SurveyFollowUpsViewTest extends KaribuViewTest {

  @Autowired CamundaClient client;
  @Autowired SurveyService surveys;
  @Autowired SurveyLinks links;

  @Test
  @SuppressWarnings("unchecked")
  void a_manager_follows_up_a_low_score_with_a_note_and_it_leaves_the_list() {
    OpenedTicket ticket = lowScoreWaitingForManagers("Lars Lowscore", "Invoices show the wrong VAT rate");
    // a manager who also works as an agent is not offered the follow-up as a reply to the customer
    loginAs(manager(), Role.MANAGER, Role.AGENT);
    navigate("tickets/" + ticket.number());
    _assertNone(Div.class, spec -> spec.withId("agent-actions"));
    loginAs(manager(), Role.MANAGER);
    navigate("survey-follow-ups");
    Grid<FollowUp> grid = _get(Grid.class, spec -> spec.withId("follow-ups-grid"));
    int row = rowIndex(grid, f -> f.ticketNumber().equals(ticket.number()));
    assertThat(rows(grid).get(row).score()).isEqualTo(1);
    assertThat(rows(grid).get(row).comment()).isEqualTo("Took a week and nobody called");

    _click(buttonInCell(grid, row, "actions", "Follow up"));
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));
    assertThat(_get(TextArea.class, spec -> spec.withId("decision-text")).isInvalid()).as("a note is required").isTrue();
    expectNotifications("Say what you did about the low score");
    _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "Called Lars, credited one month");
    _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

    expectNotifications("Follow-up of %s recorded".formatted(ticket.number()));
    assertThat(rows(grid)).extracting(FollowUp::ticketNumber).doesNotContain(ticket.number());
    assertThat(jdbc.sql("SELECT CONCAT(followed_up_by, ': ', followup_note) FROM survey WHERE ticket_id = :t")
            .param("t", ticket.id()).query(String.class).single())
        .isEqualTo("Fiona Follow-up: Called Lars, credited one month");
    assertThat(jdbc.sql("SELECT detail FROM ticket_event WHERE ticket_id = :t AND type = 'SURVEY_FOLLOWED_UP'")
            .param("t", ticket.id()).query(String.class).list())
        .containsExactly("Called Lars, credited one month");
  }

  @Test
  void an_agent_cannot_open_the_survey_follow_ups() {
    loginAs(agent("followups.agent", "Aud Agent"), Role.AGENT);

    navigate("survey-follow-ups");

    assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    _assertNone(Grid.class, spec -> spec.withId("follow-ups-grid"));
  }

  private String manager() {
    staff.createIfAbsent(
        "followup.manager", "Fiona Follow-up", "manager-password-1", List.of(Role.MANAGER),
        List.of(SatisfactionSurveyProcess.GROUP_MANAGERS));
    return "followup.manager";
  }

  /**
   * A resolved ticket whose survey runs on the real engine with no delay, answered with a 1 through
   * the survey page's service; returns once the follow-up waits in the managers' queue.
   */
  private OpenedTicket lowScoreWaitingForManagers(String customerName, String subject) {
    OpenedTicket ticket = openTicket(newCustomer(customerName), subject);
    jdbc.sql("UPDATE ticket SET status = 'RESOLVED' WHERE id = :id").param("id", ticket.id()).update();
    client.newPublishMessageCommand()
        .messageName(Messages.SURVEY_REQUESTED)
        .correlationKey(ticket.number())
        .messageId("follow-up-view-test-" + ticket.id())
        .variables(Map.of(
            Variables.TICKET_ID, ticket.id(),
            Variables.TICKET_NUMBER, ticket.number(),
            Variables.SURVEY_DELAY, "PT0S",
            Variables.SURVEY_REMINDER_AFTER, "P3D",
            Variables.SURVEY_EXPIRY, "P7D"))
        .send()
        .join();
    String token = eventually().until(() -> sentToken(ticket.id()), Optional::isPresent).orElseThrow();
    surveys.answer(token, 1, "Took a week and nobody called");
    eventually().until(
        () -> jdbc.sql("SELECT COUNT(*) FROM human_task WHERE ticket_id = :t AND element_id = :e AND state = 'OPEN'")
            .param("t", ticket.id())
            .param("e", SatisfactionSurveyProcess.Elements.FOLLOW_UP_LOW_SCORE)
            .query(Integer.class)
            .single(),
        n -> n == 1);
    return ticket;
  }

  private Optional<String> sentToken(long ticketId) {
    return jdbc.sql("SELECT id, expires_at FROM survey WHERE ticket_id = :t AND sent_at IS NOT NULL")
        .param("t", ticketId)
        .query((rs, n) -> links.tokenFor(rs.getLong("id"), rs.getTimestamp("expires_at").toInstant()))
        .optional();
  }
}
