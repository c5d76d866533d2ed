package no.mediaweb.supportflow.ui.qa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.qa.Dispute;
import no.mediaweb.supportflow.qa.QaReview;
import no.mediaweb.supportflow.qa.QaReviewService;
import no.mediaweb.supportflow.qa.ReviewDetails;
import no.mediaweb.supportflow.qa.ReviewScore;
import no.mediaweb.supportflow.qa.Scale;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.escalation.DecisionDialog;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * One submitted review: score, result, each criterion with its comment, and the dispute with the QA
 * lead's decision. The agent whose ticket it is may dispute it here within the dispute window.
 */
@Route(value = "qa/reviews/:id", layout = MainLayout.class)
@PageTitle("QA review result · Supportflow")
@RolesAllowed({Role.AGENT_ROLE, Role.QA_ROLE, Role.MANAGER_ROLE, Role.ADMIN_ROLE})
public class QaResultView extends VerticalLayout implements BeforeEnterObserver {

  private final QaReviewService reviews;
  private long reviewId;

  public QaResultView(QaReviewService reviews) {
    this.reviews = reviews;
    addClassName("sf-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      reviewId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
      show();
    } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
      removeAll();
      Paragraph missing = new Paragraph("There is no such review among those you may read.");
      missing.setId("qa-review-missing");
      add(new H2("QA review"), missing);
    }
  }

  private void show() {
    removeAll();
    ReviewDetails details = reviews.review(reviewId);
    QaReview review = details.review();
    add(new H2("QA review #%d of %s · %s".formatted(review.id(), review.ticketNumber(), review.subject())));
    Paragraph outcome = new Paragraph("%s %% · %s%s · agent %s · reviewer %s · scorecard version %d · %s".formatted(
        review.score(), review.result(), review.criticalFailed() ? " (critical criterion failed)" : "", review.agent(),
        review.reviewer(), review.scorecardVersion(), ViewerTime.format(review.submittedAt())));
    outcome.setId("qa-outcome");
    add(outcome);
    if (review.summary() != null) {
      add(new Paragraph(review.summary()));
    }
    Grid<ReviewScore> scores = new Grid<>();
    scores.setId("qa-scores");
    scores.addColumn(s -> s.criterion().name()).setHeader("Criterion").setKey("criterion");
    scores.addColumn(s -> s.criterion().weight()).setHeader("Weight").setKey("weight").setFlexGrow(0);
    scores.addColumn(ReviewResultText::points).setHeader("Score").setKey("points").setFlexGrow(0);
    scores.addColumn(s -> s.comment() == null ? "" : s.comment()).setHeader("Comment").setKey("comment").setFlexGrow(2);
    scores.setItems(details.scores());
    scores.setAllRowsVisible(true);
    add(scores);

    Div dispute = new Div();
    dispute.setId("qa-dispute");
    Dispute d = review.dispute();
    if (d != null) {
      dispute.add(new H3("Dispute"), new Paragraph("%s disputed it on %s: %s".formatted(d.agent(), ViewerTime.format(d.disputedAt()), d.reason())));
      dispute.add(new Paragraph(d.decided()
          ? "%s by %s on %s%s: %s".formatted(d.decision() == no.mediaweb.supportflow.qa.DisputeDecision.UPHELD ? "Upheld" : "Adjusted",
              d.decidedBy(), ViewerTime.format(d.decidedAt()),
              d.adjustedScore() == null ? "" : " to %s %% (%s)".formatted(d.adjustedScore(), d.adjustedResult()), d.decisionNote())
          : "Waiting for a QA lead's decision."));
    }
    add(dispute);
    if (details.mayDispute()) {
      Button disputeButton = new Button("Dispute this review", click -> DecisionDialog.text(
              "Dispute the review of " + review.ticketNumber(), "Why the review is wrong", "Dispute",
              (reason, text) -> reviews.dispute(reviewId, text), "Dispute sent to the QA leads", this::show)
          .open());
      disputeButton.setId("qa-dispute-button");
      add(disputeButton);
    }
  }

  private static final class ReviewResultText {
    static String points(ReviewScore s) {
      return s.criterion().scale() == Scale.PASS_FAIL ? (s.points() == 1 ? "Pass" : "Fail") : s.points() + " / 4";
    }
  }
}
