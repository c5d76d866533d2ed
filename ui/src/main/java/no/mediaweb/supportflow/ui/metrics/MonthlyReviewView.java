package no.mediaweb.supportflow.ui.metrics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.reporting.metrics.MetricsDrillDown;
import no.mediaweb.supportflow.reporting.metrics.MetricsFilter;
import no.mediaweb.supportflow.reporting.metrics.MetricsReport;
import no.mediaweb.supportflow.reporting.review.MonthlyReview;
import no.mediaweb.supportflow.reporting.review.MonthlyReviews;
import no.mediaweb.supportflow.reporting.review.OpenMonthlyReview;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;

/**
 * The managers' monthly review: the month waiting for a review with its headline figures (each opens
 * its tickets) and a link to the dashboard, the notes (required) and actions, and "File the review",
 * which completes the workflow's review task. Filed reviews of earlier months can be read below.
 */
@Route(value = "metrics/review", layout = MainLayout.class)
@PageTitle("Monthly review · Supportflow")
@RolesAllowed(Role.MANAGER_ROLE)
public class MonthlyReviewView extends VerticalLayout {

  static final String NOTES_REQUIRED = "Write down what you found in the month's figures";

  /** What the review service accepts for notes and for actions. */
  static final int MAX_TEXT = 10_000;

  private final MonthlyReviews reviews;
  private final MetricsReport report;
  private final MetricsDrillDown drillDown;
  private final StaffDirectory staff;

  private final Select<OpenMonthlyReview> open = new Select<>();
  private final Div openReview = new Div();
  private final Paragraph noneOpen = new Paragraph("No month is waiting for a review.");
  private final TextArea notes = new TextArea("What did you find?");
  private final TextArea actions = new TextArea("Actions agreed (optional)");
  private final Select<YearMonth> pastMonth = new Select<>();
  private final Div past = new Div();

  public MonthlyReviewView(MonthlyReviews reviews, MetricsReport report, MetricsDrillDown drillDown, StaffDirectory staff) {
    this.reviews = reviews;
    this.report = report;
    this.drillDown = drillDown;
    this.staff = staff;
    addClassName("sf-page");
    setId("monthly-review-view");

    open.setId("review-open");
    open.setLabel("Month to review");
    open.setItemLabelGenerator(r -> MetricFormat.month(r.month()));
    open.addValueChangeListener(change -> showOpen(change.getValue()));
    noneOpen.setId("review-none");
    noneOpen.addClassName("sf-empty");
    openReview.setId("review-form");
    openReview.setWidthFull();

    notes.setId("review-notes");
    notes.setRequiredIndicatorVisible(true);
    notes.setManualValidation(true);
    notes.setValueChangeMode(ValueChangeMode.LAZY);
    notes.setWidthFull();
    notes.setMinHeight("8em");
    notes.setMaxLength(MAX_TEXT);
    notes.addValueChangeListener(change -> {
      if (!change.getValue().isBlank()) {
        notes.setInvalid(false);
      }
    });
    actions.setId("review-actions");
    actions.setWidthFull();
    actions.setMinHeight("5em");
    actions.setMaxLength(MAX_TEXT);

    pastMonth.setId("review-past-month");
    pastMonth.setLabel("Month");
    pastMonth.setItemLabelGenerator(MetricFormat::month);
    pastMonth.addValueChangeListener(change -> showPast(change.getValue()));
    past.setId("review-past");
    past.setWidthFull();

    add(new H2("Monthly review"), open, noneOpen, openReview, new H3("Filed reviews"), pastMonth, past);
    reload();
  }

  /** Loads the open reviews (the newest first is shown) and the months that can have a filed review. */
  void reload() {
    List<OpenMonthlyReview> openReviews = reviews.openReviews();
    open.setItems(openReviews);
    open.setVisible(openReviews.size() > 1);
    noneOpen.setVisible(openReviews.isEmpty());
    if (openReviews.isEmpty()) {
      showOpen(null);
    } else {
      open.setValue(openReviews.get(0));
    }
    List<YearMonth> months = report.computedMonths();
    YearMonth shownPast = pastMonth.getValue();
    pastMonth.setItems(months);
    pastMonth.setVisible(!months.isEmpty());
    if (!months.isEmpty()) {
      pastMonth.setValue(shownPast != null && months.contains(shownPast) ? shownPast : months.get(0));
    }
  }

  private void showOpen(OpenMonthlyReview review) {
    openReview.removeAll();
    openReview.setVisible(review != null);
    if (review == null) {
      return;
    }
    YearMonth month = review.month();
    H3 title = new H3(MetricFormat.month(month));
    title.setId("review-month");
    Span due = new Span(review.dueAt() == null ? "" : "Due " + ViewerTime.format(review.dueAt()));
    due.addClassName("sf-muted");
    RouterLink dashboard = new RouterLink("Open the dashboard for " + MetricFormat.month(month), MetricsView.class);
    dashboard.setQueryParameters(QueryParameters.of("month", month.toString()));
    dashboard.setId("review-dashboard-link");
    Headlines headlines = new Headlines(h ->
        new DrillDownDialog(drillDown, staff::displayName, MetricsFilter.of(month), h.metric(), null, null, MetricFormat.month(month)).open());
    headlines.show(report.figures(MetricsFilter.of(month)));
    notes.clear();
    notes.setInvalid(false);
    actions.clear();
    Button file = new Button("File the review", click -> file(review));
    file.setId("review-file");
    file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div form = new Div(notes, actions, file);
    form.addClassName("sf-card");
    openReview.add(title, due, headlines, dashboard, form);
  }

  private void file(OpenMonthlyReview review) {
    if (notes.getValue().isBlank()) {
      notes.setErrorMessage(NOTES_REQUIRED);
      notes.setInvalid(true);
      return;
    }
    try {
      reviews.complete(review.jobKey(), notes.getValue(), actions.getValue());
    } catch (BusinessRuleException e) {
      if (reviews.openReviews().stream().anyMatch(r -> r.jobKey() == review.jobKey())) {
        // still open: the text needs changing, and stays as written
        notes.setErrorMessage(e.getMessage());
        notes.setInvalid(true);
      } else {
        Toasts.error(e.getMessage());
        reload();
      }
      return;
    }
    Toasts.success("Review of " + MetricFormat.month(review.month()) + " filed");
    reload();
  }

  private void showPast(YearMonth month) {
    past.removeAll();
    if (month == null) {
      return;
    }
    reviews.review(month).ifPresentOrElse(this::showFiled, () -> {
      Paragraph none = new Paragraph("No review has been filed for " + MetricFormat.month(month) + " yet.");
      none.addClassName("sf-muted");
      none.setId("review-past-none");
      past.add(none);
    });
  }

  private void showFiled(MonthlyReview review) {
    Span by = new Span("Reviewed by " + staff.displayName(review.reviewedBy()) + " · " + ViewerTime.format(review.reviewedAt()));
    by.addClassName("sf-muted");
    by.setId("review-past-by");
    Paragraph filedNotes = new Paragraph(review.notes());
    filedNotes.setId("review-past-notes");
    filedNotes.getStyle().set("white-space", "pre-wrap");
    Div card = new Div(by, new H3("Findings"), filedNotes);
    if (review.actions() != null && !review.actions().isBlank()) {
      Paragraph filedActions = new Paragraph(review.actions());
      filedActions.setId("review-past-actions");
      filedActions.getStyle().set("white-space", "pre-wrap");
      card.add(new H3("Actions"), filedActions);
    }
    card.addClassName("sf-card");
    past.add(card);
  }
}
