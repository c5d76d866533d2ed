package no.mediaweb.supportflow.ui.qa;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.qa.DisputeDecision;
import no.mediaweb.supportflow.qa.OpenDispute;
import no.mediaweb.supportflow.qa.QaLeads;
import no.mediaweb.supportflow.qa.QaReview;
import no.mediaweb.supportflow.qa.QaReviewService;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.escalation.DecisionDialog;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.Role;

/**
 * Quality reviews: QA reviewers see the open review tasks (the weekly sample and their calibration
 * tasks) and open one to score it; QA leads also decide disputes; QA and managers see every review.
 */
@Route(value = "qa", layout = MainLayout.class)
@PageTitle("Quality reviews · Supportflow")
@RolesAllowed({Role.QA_ROLE, Role.MANAGER_ROLE})
public class QaQueueView extends VerticalLayout {

  private final QaReviewService reviews;
  private final Grid<InboxTask> tasks = new Grid<>();
  private final Grid<OpenDispute> disputes = new Grid<>();
  private final Grid<QaReview> submitted = new Grid<>();
  private final boolean qa;
  private final boolean lead;

  public QaQueueView(QaReviewService reviews, CurrentStaff currentStaff, AuthenticationContext authentication) {
    this.reviews = reviews;
    addClassName("sf-page");
    qa = authentication.hasRole(Role.QA_ROLE);
    lead = qa && QaLeads.isLead(currentStaff.require());
    add(new H2("Quality reviews"), new RouterLink("Calibrations", CalibrationsView.class));

    if (qa) {
      tasks.setId("qa-tasks");
      tasks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
      tasks.setSelectionMode(Grid.SelectionMode.NONE);
      tasks.addComponentColumn(t -> new RouterLink(t.ticketNumber(), TicketView.class, new RouteParameters("number", t.ticketNumber())))
          .setHeader("Ticket").setKey("ticket").setWidth("8rem").setFlexGrow(0);
      tasks.addColumn(InboxTask::subject).setHeader("Subject").setKey("subject").setFlexGrow(2);
      tasks.addColumn(t -> t.customerName() + " · " + t.plan().label()).setHeader("Customer").setKey("customer").setFlexGrow(1);
      tasks.addColumn(InboxTask::name).setHeader("Task").setKey("task").setFlexGrow(1);
      tasks.addColumn(t -> ViewerTime.format(t.createdAt())).setHeader("Since").setKey("since").setFlexGrow(1);
      tasks.addComponentColumn(this::reviewButton).setHeader("").setKey("open").setWidth("8rem").setFlexGrow(0);
      tasks.setAllRowsVisible(true);
      add(new H3("Open reviews"), tasks);
    }
    if (lead) {
      disputes.setId("qa-disputes");
      disputes.setSelectionMode(Grid.SelectionMode.NONE);
      disputes.addComponentColumn(d -> reviewLink(d.review())).setHeader("Review").setKey("review").setWidth("8rem").setFlexGrow(0);
      disputes.addColumn(d -> d.review().ticketNumber()).setHeader("Ticket").setKey("ticket").setWidth("8rem").setFlexGrow(0);
      disputes.addColumn(d -> d.review().agent()).setHeader("Agent").setKey("agent").setFlexGrow(0);
      disputes.addColumn(d -> d.review().score() + " % · " + d.review().result()).setHeader("Score").setKey("score").setFlexGrow(0);
      disputes.addColumn(d -> d.review().dispute().reason()).setHeader("Reason").setKey("reason").setFlexGrow(2);
      disputes.addComponentColumn(this::decideButtons).setHeader("Decide").setKey("decide").setWidth("13rem").setFlexGrow(0);
      disputes.setAllRowsVisible(true);
      add(new H3("Disputes to decide"), disputes);
    }
    submitted.setId("qa-reviews");
    submitted.setSelectionMode(Grid.SelectionMode.NONE);
    submitted.addComponentColumn(this::reviewLink).setHeader("Review").setKey("review").setWidth("8rem").setFlexGrow(0);
    submitted.addColumn(QaReview::ticketNumber).setHeader("Ticket").setKey("ticket").setWidth("8rem").setFlexGrow(0);
    submitted.addColumn(QaReview::agent).setHeader("Agent").setKey("agent").setFlexGrow(1);
    submitted.addColumn(QaReview::reviewer).setHeader("Reviewer").setKey("reviewer").setFlexGrow(1);
    submitted.addColumn(r -> r.effectiveScore() + " %").setHeader("Score").setKey("score").setFlexGrow(0);
    submitted.addColumn(r -> r.effectiveResult().name()).setHeader("Result").setKey("result").setFlexGrow(0);
    submitted.addColumn(r -> r.dispute() == null ? "" : r.dispute().decided() ? r.dispute().decision().name() : "DISPUTED")
        .setHeader("Dispute").setKey("dispute").setFlexGrow(0);
    submitted.addColumn(r -> ViewerTime.format(r.submittedAt())).setHeader("Submitted").setKey("submitted").setFlexGrow(1);
    add(new H3("Submitted reviews"), submitted);
    reload();
  }

  private Component reviewButton(InboxTask task) {
    Button open = new Button("Review", click -> getUI().ifPresent(ui -> ui.navigate(
        QaReviewView.class, new RouteParameters("jobKey", String.valueOf(task.jobKey())))));
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    open.setId("review-" + task.jobKey());
    return open;
  }

  private Component reviewLink(QaReview review) {
    return new RouterLink("#" + review.id(), QaResultView.class, new RouteParameters("id", String.valueOf(review.id())));
  }

  private Component decideButtons(OpenDispute dispute) {
    Button uphold = new Button("Uphold", click -> DecisionDialog.text(
            "Uphold the review of " + dispute.review().ticketNumber(), "Note to the agent", "Uphold",
            (reason, note) -> reviews.decide(dispute.jobKey(), DisputeDecision.UPHELD, null, note),
            "Review upheld", this::reload)
        .open());
    uphold.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button adjust = new Button("Adjust", click -> new AdjustScoreDialog(dispute, reviews, this::reload).open());
    adjust.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return new HorizontalLayout(uphold, adjust);
  }

  void reload() {
    if (qa) {
      tasks.setItems(reviews.openReviewTasks());
    }
    if (lead) {
      List<OpenDispute> open = reviews.openDisputes();
      disputes.setItems(open);
    }
    submitted.setItems(reviews.allReviews());
  }

  static Paragraph muted(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("sf-muted");
    return p;
  }
}
