package no.mediaweb.supportflow.ui.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import no.mediaweb.supportflow.survey.SurveyService;
import no.mediaweb.supportflow.survey.SurveyService.FollowUp;
import no.mediaweb.supportflow.ui.components.AutoRefresh;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.escalation.DecisionDialog;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.ui.ticket.TicketView;
import no.mediaweb.supportflow.user.Role;

/**
 * Survey answers of 1 or 2 waiting for a manager: the ticket, the customer, the score and what they
 * wrote. "Follow up" asks what the manager did; the note lands on the survey and the ticket's timeline.
 */
@Route(value = "survey-follow-ups", layout = MainLayout.class)
@PageTitle("Survey follow-ups · Supportflow")
@RolesAllowed(Role.MANAGER_ROLE)
public class SurveyFollowUpsView extends VerticalLayout {

  private static final Duration REFRESH_EVERY = Duration.ofSeconds(5);

  private final SurveyService surveys;
  private final Clock clock;
  private final Grid<FollowUp> grid = new Grid<>();
  private final Paragraph empty = new Paragraph("No low score is waiting for a follow-up.");
  private List<FollowUp> shown;

  public SurveyFollowUpsView(SurveyService surveys, Clock clock) {
    this.surveys = surveys;
    this.clock = clock;
    addClassName("sf-page");
    setSizeFull();

    grid.setId("follow-ups-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    grid.addComponentColumn(f -> new RouterLink(f.ticketNumber(), TicketView.class, new RouteParameters("number", f.ticketNumber())))
        .setHeader("Ticket").setKey("ticket").setWidth("8rem").setFlexGrow(0);
    grid.addColumn(FollowUp::subject).setHeader("Subject").setKey("subject").setWidth("12rem").setFlexGrow(2);
    grid.addColumn(f -> f.customerName() + " · " + f.planLabel()).setHeader("Customer").setKey("customer").setWidth("10rem").setFlexGrow(1);
    grid.addColumn(f -> f.score() + " of 5").setHeader("Score").setKey("score").setWidth("6rem").setFlexGrow(0);
    grid.addColumn(f -> f.comment() == null ? "—" : f.comment()).setHeader("Customer wrote").setKey("comment").setWidth("16rem").setFlexGrow(3);
    grid.addColumn(f -> f.answeredAt() == null ? "—" : ViewerTime.ago(f.answeredAt(), clock.instant()))
        .setHeader("Answered").setKey("answered").setWidth("8rem").setFlexGrow(0);
    grid.addComponentColumn(this::action).setHeader("").setKey("actions").setWidth("9rem").setFlexGrow(0);
    grid.setWidthFull();

    empty.setId("follow-ups-empty");
    empty.addClassName("sf-muted");
    add(new H2("Survey follow-ups"), empty, grid);
    setFlexGrow(1, grid);
    AutoRefresh.install(this, REFRESH_EVERY, this::refresh);
    reload();
  }

  private Component action(FollowUp followUp) {
    String number = followUp.ticketNumber();
    Button button = new Button("Follow up", click -> DecisionDialog.text(
            "Follow up on the low score of " + number, "What did you do?", "Complete follow-up",
            (reason, note) -> surveys.completeFollowUp(followUp.jobKey(), note),
            "Follow-up of %s recorded".formatted(number),
            this::reload)
        .open());
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    return button;
  }

  private void reload() {
    shown = null;
    refresh();
  }

  void refresh() {
    List<FollowUp> followUps = surveys.followUps();
    if (Objects.equals(followUps, shown)) {
      return;
    }
    shown = followUps;
    grid.setItems(followUps);
    empty.setVisible(followUps.isEmpty());
  }
}
