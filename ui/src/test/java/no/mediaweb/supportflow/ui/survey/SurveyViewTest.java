package no.mediaweb.supportflow.ui.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import no.mediaweb.supportflow.survey.SurveyLifecycle;
import no.mediaweb.supportflow.survey.SurveyLinks;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SurveyViewTest extends KaribuViewTest {

  private static final String SUBJECT = "Newsletter sign-up button does nothing";

  @Autowired SurveyLifecycle lifecycle;
  @Autowired SurveyLinks links;

  @Test
  @SuppressWarnings("unchecked")
  void a_customer_answers_with_a_score_and_a_comment_and_is_thanked() {
    Survey survey = sentSurvey("Siri Survey");

    navigate("survey/" + survey.token());
    assertThat(textOf("survey-ticket")).isEqualTo("Your ticket %s · %s".formatted(survey.ticket().number(), SUBJECT));
    _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("survey-score")), 4);
    _setValue(_get(TextArea.class, spec -> spec.withId("survey-comment")), "Fixed within the day, thanks");
    _click(_get(Button.class, spec -> spec.withId("survey-submit")));

    assertThat(textOf("survey-message-text")).isEqualTo(SurveyView.THANKS);
    _assertNone(Div.class, spec -> spec.withId("survey-form"));
    assertThat(answer(survey)).isEqualTo("4 | Fixed within the day, thanks | ANSWERED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_answer_without_a_score_is_refused_on_the_field_and_nothing_is_stored() {
    Survey survey = sentSurvey("Nils Noscore");

    navigate("survey/" + survey.token());
    _click(_get(Button.class, spec -> spec.withId("survey-submit")));

    RadioButtonGroup<Integer> score = _get(RadioButtonGroup.class, spec -> spec.withId("survey-score"));
    assertThat(score.isInvalid()).isTrue();
    assertThat(score.getErrorMessage()).isEqualTo("Choose a score from 1 to 5");
    assertThat(answeredAt(survey)).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_reused_link_shows_already_answered_and_changes_nothing() {
    Survey survey = sentSurvey("Rita Reuse");
    navigate("survey/" + survey.token());
    _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("survey-score")), 5);
    _click(_get(Button.class, spec -> spec.withId("survey-submit")));
    String first = answer(survey);

    navigate("survey/" + survey.token());

    assertThat(textOf("survey-message-text")).isEqualTo(SurveyView.ALREADY_ANSWERED);
    _assertNone(Button.class, spec -> spec.withId("survey-submit"));
    assertThat(answer(survey)).isEqualTo(first);
  }

  @Test
  void a_tampered_link_shows_the_invalid_page_without_the_ticket_and_changes_nothing() {
    Survey survey = sentSurvey("Tore Tamper");
    String[] parts = survey.token().split("\\.");
    String longerExpiry = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];

    navigate("survey/" + longerExpiry);

    assertThat(textOf("survey-message-text")).isEqualTo(SurveyView.INVALID);
    _assertNone(Component.class, spec -> spec.withId("survey-ticket"));
    _assertNone(Button.class, spec -> spec.withId("survey-submit"));
    assertThat(answeredAt(survey)).isNull();
  }

  @Test
  void an_expired_link_shows_the_expired_page_and_changes_nothing() {
    Survey survey = sentSurvey("Erik Expired");
    Instant past = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    jdbc.sql("UPDATE survey SET expires_at = :exp WHERE id = :id").param("exp", java.sql.Timestamp.from(past)).param("id", survey.id()).update();

    navigate("survey/" + links.tokenFor(survey.id(), past));

    assertThat(textOf("survey-message-text")).isEqualTo(SurveyView.EXPIRED);
    _assertNone(Button.class, spec -> spec.withId("survey-submit"));
    assertThat(answeredAt(survey)).isNull();
  }

  record Survey(long id, OpenedTicket ticket, String token) {}

  /** A resolved ticket whose survey went out, as the workflow's send step leaves it. */
  private Survey sentSurvey(String customerName) {
    OpenedTicket ticket = openTicket(newCustomer(customerName), SUBJECT);
    jdbc.sql("UPDATE ticket SET status = 'RESOLVED' WHERE id = :id").param("id", ticket.id()).update();
    long surveyId = lifecycle.register(ticket.id(), ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50)).orElseThrow().surveyId();
    Instant expiresAt = ((SurveyLifecycle.Sending.Sent) lifecycle.send(surveyId, Duration.ofDays(7))).expiresAt();
    return new Survey(surveyId, ticket, links.tokenFor(surveyId, expiresAt));
  }

  private String answer(Survey survey) {
    return jdbc.sql("SELECT score, comment, outcome FROM survey WHERE id = :id")
        .param("id", survey.id())
        .query((rs, n) -> rs.getObject("score") + " | " + rs.getString("comment") + " | " + rs.getString("outcome"))
        .single();
  }

  private Object answeredAt(Survey survey) {
    return jdbc.sql("SELECT answered_at FROM survey WHERE id = :id").param("id", survey.id()).query((rs, n) -> rs.getTimestamp(1)).optional().orElse(null);
  }
}
