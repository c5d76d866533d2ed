package no.mediaweb.supportflow.ui.qa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.survey.Survey;
import no.mediaweb.supportflow.survey.SurveyOutcome;
import no.mediaweb.supportflow.qa.Criterion;
import no.mediaweb.supportflow.qa.CriterionScore;
import no.mediaweb.supportflow.qa.QaReviewService;
import no.mediaweb.supportflow.qa.ReviewContext;
import no.mediaweb.supportflow.qa.Scale;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ui.components.Badges;
import no.mediaweb.supportflow.ui.components.ConversationList;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.ticket.TimelineList;
import no.mediaweb.supportflow.user.Role;

/**
 * The review screen: the whole ticket (SLA outcome, escalations, survey, conversation, timeline) beside the
 * current scorecard, one score and comment per criterion. Submitting writes the review and completes
 * the task. The customer survey is not shown: it lands with the survey feature.
 */
@Route(value = "qa/review/:jobKey", layout = MainLayout.class)
@PageTitle("QA review · Supportflow")
@RolesAllowed(Role.QA_ROLE)
public class QaReviewView extends VerticalLayout implements BeforeEnterObserver {

  private final QaReviewService reviews;
  private final Map<Long, Select<Integer>> points = new LinkedHashMap<>();
  private final Map<Long, TextField> comments = new LinkedHashMap<>();
  private final TextArea summary = new TextArea("Summary for the agent");
  private ReviewContext context;

  public QaReviewView(QaReviewService reviews) {
    this.reviews = reviews;
    addClassName("sf-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    long jobKey;
    try {
      jobKey = Long.parseLong(event.getRouteParameters().get("jobKey").orElse(""));
      context = reviews.reviewTask(jobKey);
    } catch (NumberFormatException | NotFoundException e) {
      add(new H2("QA review"), new Paragraph("This review task is not open (any more)."));
      return;
    }
    Ticket ticket = context.ticket().ticket();
    add(new H2((context.calibration() ? "Calibration review of " : "QA review of ") + ticket.number() + " · " + ticket.subject()));
    Div facts = new Div(
        new Paragraph("Customer: %s · %s · channel %s · handled by %s".formatted(
            context.ticket().customer().name(), context.ticket().customer().plan().label(), ticket.channel(), ticket.assignee())),
        slaLine("First response", ticket.firstResponseSla(), ticket.firstRespondedAt()),
        slaLine("Resolution", ticket.resolutionSla(), ticket.resolvedAt()));
    facts.setId("qa-ticket-facts");

    VerticalLayout left = new VerticalLayout(facts, new H3("Escalations"), escalations(context.escalations()),
        new H3("Customer survey"), survey(context.survey()), new H3("Conversation"), conversation(), new H3("Timeline"),
        timeline());
    left.setPadding(false);
    VerticalLayout right = scorecardForm(jobKey);
    HorizontalLayout columns = new HorizontalLayout(left, right);
    columns.setWidthFull();
    columns.setFlexGrow(3, left);
    columns.setFlexGrow(2, right);
    add(columns);
  }

  private Paragraph slaLine(String target, SlaState state, java.time.Instant at) {
    Paragraph line = new Paragraph(target + ": ");
    line.add(Badges.sla(state));
    if (at != null) {
      line.add(new Span(" at " + ViewerTime.format(at)));
    }
    line.setId("qa-sla-" + (target.startsWith("First") ? "first-response" : "resolution"));
    return line;
  }

  private Div escalations(List<Escalation> history) {
    Div list = new Div();
    list.setId("qa-escalations");
    if (history.isEmpty()) {
      list.add(QaQueueView.muted("No escalations."));
    }
    for (Escalation e : history) {
      list.add(new Paragraph("%s → %s: %s (%s)%s".formatted(
          e.reasonLabel(), e.tier() == null ? "—" : e.tier(), e.state().label(), e.requestedBy(),
          e.decisionReason() == null ? "" : " — " + e.decisionReason())));
    }
    return list;
  }

  private Paragraph survey(Optional<Survey> registered) {
    Paragraph line = new Paragraph(registered.map(QaReviewView::surveyText).orElse("No survey was registered for this ticket."));
    line.setId("qa-survey");
    return line;
  }

  private static String surveyText(Survey survey) {
    if (survey.outcome() == SurveyOutcome.ANSWERED) {
      return "Scored %d of 5 on %s%s".formatted(survey.score(), ViewerTime.format(survey.answeredAt()),
          survey.comment() == null || survey.comment().isBlank() ? "." : ": \u201c" + survey.comment() + "\u201d");
    }
    if (survey.outcome() == SurveyOutcome.NO_RESPONSE) {
      return "Sent on %s; the customer did not answer.".formatted(ViewerTime.format(survey.sentAt()));
    }
    if (survey.outcome() == SurveyOutcome.WITHDRAWN) {
      return "Withdrawn: the ticket was reopened before the survey was answered.";
    }
    return survey.sentAt() == null
        ? "Not sent yet: the survey goes out a while after the resolution."
        : "Sent on %s; waiting for the answer.".formatted(ViewerTime.format(survey.sentAt()));
  }

  private ConversationList conversation() {
    ConversationList list = new ConversationList();
    list.show(context.ticket().messages());
    return list;
  }

  private TimelineList timeline() {
    TimelineList list = new TimelineList();
    list.show(context.ticket().timeline());
    return list;
  }

  private VerticalLayout scorecardForm(long jobKey) {
    VerticalLayout form = new VerticalLayout();
    form.setId("qa-scorecard");
    form.setPadding(false);
    form.add(new H3("Scorecard: %s, version %d (pass mark %s %%)".formatted(
        context.scorecard().name(), context.scorecard().version(), context.scorecard().passMark())));
    for (Criterion c : context.scorecard().criteria()) {
      Select<Integer> select = new Select<>();
      select.setId("score-" + c.code());
      select.setLabel("%s · weight %d%s".formatted(c.name(), c.weight(), c.critical() ? " · critical" : ""));
      select.setHelperText(c.guidance());
      select.setItems(IntStream.rangeClosed(0, c.scale().maxPoints()).boxed().toList());
      select.setItemLabelGenerator(p -> c.scale() == Scale.PASS_FAIL ? (p == 1 ? "Pass" : "Fail") : String.valueOf(p));
      select.setWidthFull();
      TextField comment = new TextField();
      comment.setId("comment-" + c.code());
      comment.setPlaceholder("Comment (optional)");
      comment.setWidthFull();
      points.put(c.id(), select);
      comments.put(c.id(), comment);
      form.add(select, comment);
    }
    summary.setId("qa-summary");
    summary.setWidthFull();
    Button submit = new Button("Submit review", click -> submit(jobKey));
    submit.setId("qa-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    form.add(summary, submit);
    return form;
  }

  private void submit(long jobKey) {
    List<CriterionScore> scores = new ArrayList<>();
    for (var entry : points.entrySet()) {
      Select<Integer> select = entry.getValue();
      if (select.getValue() == null) {
        select.setErrorMessage("Score this criterion");
        select.setInvalid(true);
        Toasts.error("Score every criterion");
        return;
      }
      select.setInvalid(false);
      scores.add(new CriterionScore(entry.getKey(), select.getValue(), comments.get(entry.getKey()).getValue()));
    }
    try {
      long reviewId = reviews.submit(jobKey, context.scorecard().id(), scores, summary.getValue());
      Toasts.success("Review submitted");
      getUI().ifPresent(ui -> ui.navigate(QaResultView.class, new RouteParameters("id", String.valueOf(reviewId))));
    } catch (BusinessRuleException e) {
      Toasts.error(e.getMessage());
    }
  }
}
