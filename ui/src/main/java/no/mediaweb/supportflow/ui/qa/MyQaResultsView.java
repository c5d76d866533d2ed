package no.mediaweb.supportflow.ui.qa;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.mediaweb.supportflow.qa.QaReview;
import no.mediaweb.supportflow.qa.QaReviewService;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.Role;

/** An agent's QA results: the reviews of their own tickets, newest first; each opens to read or dispute. */
@Route(value = "my-qa", layout = MainLayout.class)
@PageTitle("My QA results · Supportflow")
@RolesAllowed(Role.AGENT_ROLE)
public class MyQaResultsView extends VerticalLayout {

  public MyQaResultsView(QaReviewService reviews) {
    addClassName("sf-page");
    Grid<QaReview> grid = new Grid<>();
    grid.setId("my-qa-results");
    grid.addComponentColumn(r -> new RouterLink("#" + r.id(), QaResultView.class, new RouteParameters("id", String.valueOf(r.id()))))
        .setHeader("Review").setKey("review").setWidth("7rem").setFlexGrow(0);
    grid.addColumn(QaReview::ticketNumber).setHeader("Ticket").setKey("ticket").setWidth("8rem").setFlexGrow(0);
    grid.addColumn(QaReview::subject).setHeader("Subject").setKey("subject").setFlexGrow(2);
    grid.addColumn(r -> r.effectiveScore() + " %").setHeader("Score").setKey("score").setFlexGrow(0);
    grid.addColumn(r -> r.effectiveResult().name()).setHeader("Result").setKey("result").setFlexGrow(0);
    grid.addColumn(r -> r.dispute() == null ? "" : r.dispute().decided() ? r.dispute().decision().name() : "DISPUTED")
        .setHeader("Dispute").setKey("dispute").setFlexGrow(0);
    grid.addColumn(r -> ViewerTime.format(r.submittedAt())).setHeader("Reviewed").setKey("reviewed").setFlexGrow(1);
    grid.setItems(reviews.myResults());
    add(new H2("My QA results"), QaQueueView.muted("You may dispute a review within 7 days of it."), grid);
  }
}
