package no.mediaweb.supportflow.ui.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.survey.SurveyLinks;
import no.mediaweb.supportflow.survey.SurveyService;
import no.mediaweb.supportflow.survey.SurveyService.LinkState;
import no.mediaweb.supportflow.survey.SurveyService.SurveyPage;
import no.mediaweb.supportflow.ui.components.Toasts;

/**
 * The customer's satisfaction survey, opened with the signed link from the e-mail: the ticket, a
 * score from 1 to 5 and an optional comment, answered once. A used, expired or changed link shows
 * one clear message and changes nothing.
 */
@Route(SurveyLinks.ROUTE + "/:token")
@AnonymousAllowed
public class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  static final Map<Integer, String> SCORE_LABELS =
      Map.of(
          5, "5 — Very satisfied",
          4, "4 — Satisfied",
          3, "3 — Neither satisfied nor dissatisfied",
          2, "2 — Dissatisfied",
          1, "1 — Very dissatisfied");
  static final String THANKS = "Thank you! Your answer is recorded. It helps us support you and other customers better.";
  static final String ALREADY_ANSWERED = "You have answered this survey already, thank you. The answer is recorded and cannot be changed.";
  static final String EXPIRED =
      "This survey link has expired, so it can no longer be answered. If something is still wrong, write to us on your ticket or open a new one.";
  static final String INVALID =
      "This survey link is not valid. Check that you opened the whole link from our e-mail; a link that was changed cannot be used.";

  private final SurveyService surveys;

  private final Div form = new Div();
  private final Paragraph ticketLine = new Paragraph();
  private final RadioButtonGroup<Integer> score = new RadioButtonGroup<>("How satisfied are you with how we handled your request?");
  private final TextArea comment = new TextArea("Anything you would like to tell us? (optional)");
  private final Button submit = new Button("Send my answer", click -> submit());
  private final Div message = new Div();
  private final H1 messageTitle = new H1();
  private final Paragraph messageText = new Paragraph();

  private String token = "";
  private String title = "Satisfaction survey";

  public SurveyView(SurveyService surveys) {
    this.surveys = surveys;
    addClassName("sf-public-page");

    Span brand = new Span("Mediaweb Support");
    brand.addClassName("sf-brand");
    Div top = new Div(brand);
    top.addClassName("sf-public-header");

    ticketLine.setId("survey-ticket");
    score.setId("survey-score");
    score.setItems(5, 4, 3, 2, 1);
    score.setItemLabelGenerator(SCORE_LABELS::get);
    score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    score.setRequiredIndicatorVisible(true);
    score.addValueChangeListener(change -> score.setInvalid(false));

    comment.setId("survey-comment");
    comment.setMaxLength(SurveyService.MAX_COMMENT);
    comment.setHelperText("Up to %d characters".formatted(SurveyService.MAX_COMMENT));
    comment.setValueChangeMode(ValueChangeMode.LAZY);
    comment.setWidthFull();
    comment.setMinHeight("6em");

    submit.setId("survey-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    form.setId("survey-form");
    form.addClassName("sf-card");
    form.add(new H2("How did we do?"), ticketLine, score, comment, submit);

    message.setId("survey-message");
    message.addClassName("sf-card");
    messageText.setId("survey-message-text");
    message.add(messageTitle, messageText);

    add(top, form, message);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getRouteParameters().get("token").orElse("");
    show(surveys.open(token));
  }

  @Override
  public String getPageTitle() {
    return title + " · Mediaweb Support";
  }

  private void submit() {
    SurveyPage page;
    try {
      page = surveys.answer(token, score.getValue(), comment.getValue());
    } catch (BusinessRuleException e) {
      if (score.getValue() == null) {
        score.setErrorMessage(e.getMessage());
        score.setInvalid(true);
      } else {
        comment.setErrorMessage(e.getMessage());
        comment.setInvalid(true);
      }
      Toasts.error(e.getMessage());
      return;
    }
    show(page);
  }

  private void show(SurveyPage page) {
    boolean open = page.state() == LinkState.OPEN;
    form.setVisible(open);
    message.setVisible(!open);
    if (page.ticketNumber() != null) {
      ticketLine.setText("Your ticket %s · %s".formatted(page.ticketNumber(), page.subject()));
    }
    switch (page.state()) {
      case OPEN -> title = "How did we do?";
      case JUST_ANSWERED -> showMessage("Thank you", THANKS);
      case ANSWERED -> showMessage("Already answered", ALREADY_ANSWERED);
      case EXPIRED -> showMessage("This survey has expired", EXPIRED);
      case INVALID -> showMessage("Survey link not valid", INVALID);
    }
  }

  private void showMessage(String heading, String text) {
    title = heading;
    messageTitle.setText(heading);
    messageText.setText(text);
  }
}
