package no.mediaweb.supportflow.ui.qa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.qa.Calibration;
import no.mediaweb.supportflow.qa.CalibrationDeviation;
import no.mediaweb.supportflow.qa.QaCalibrations;
import no.mediaweb.supportflow.qa.QaLeads;
import no.mediaweb.supportflow.ui.components.Toasts;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.layout.MainLayout;
import no.mediaweb.supportflow.user.AppUser;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.Role;

/**
 * Calibration: a QA lead picks a closed ticket and several reviewers, who each get a calibration
 * review task; choosing a calibration shows each reviewer's score against the group mean.
 */
@Route(value = "qa/calibrations", layout = MainLayout.class)
@PageTitle("Calibrations · Supportflow")
@RolesAllowed({Role.QA_ROLE, Role.MANAGER_ROLE})
public class CalibrationsView extends VerticalLayout {

  private final QaCalibrations calibrations;
  private final Grid<Calibration> sessions = new Grid<>();
  private final Grid<CalibrationDeviation> deviations = new Grid<>();

  public CalibrationsView(QaCalibrations calibrations, CurrentStaff currentStaff, AuthenticationContext authentication) {
    this.calibrations = calibrations;
    addClassName("sf-page");
    add(new H2("Calibrations"));
    if (authentication.hasRole(Role.QA_ROLE) && QaLeads.isLead(currentStaff.require())) {
      TextField ticket = new TextField("Closed ticket");
      ticket.setId("calibration-ticket");
      ticket.setPlaceholder("MW-000123");
      MultiSelectComboBox<AppUser> reviewers = new MultiSelectComboBox<>("Reviewers");
      reviewers.setId("calibration-reviewers");
      reviewers.setItems(calibrations.reviewers());
      reviewers.setItemLabelGenerator(AppUser::displayName);
      Button start = new Button("Start calibration", click -> {
        try {
          calibrations.start(ticket.getValue(), reviewers.getSelectedItems().stream().map(AppUser::username).sorted().toList());
          Toasts.success("Calibration started: each reviewer has a task");
          ticket.clear();
          reviewers.clear();
          reload();
        } catch (BusinessRuleException e) {
          Toasts.error(e.getMessage());
        }
      });
      start.setId("calibration-start");
      start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      HorizontalLayout form = new HorizontalLayout(ticket, reviewers, start);
      form.setAlignItems(Alignment.BASELINE);
      add(form);
    }
    sessions.setId("calibrations");
    sessions.addColumn(Calibration::ticketNumber).setHeader("Ticket").setKey("ticket").setWidth("8rem").setFlexGrow(0);
    sessions.addColumn(c -> String.join(", ", c.reviewers())).setHeader("Reviewers").setKey("reviewers").setFlexGrow(2);
    sessions.addColumn(c -> c.scored() + " of " + c.reviewers().size()).setHeader("Scored").setKey("scored").setFlexGrow(0);
    sessions.addColumn(Calibration::requestedBy).setHeader("Requested by").setKey("requestedBy").setFlexGrow(1);
    sessions.addColumn(c -> ViewerTime.format(c.requestedAt())).setHeader("Requested").setKey("requested").setFlexGrow(1);
    sessions.asSingleSelect().addValueChangeListener(e -> showDeviations(e.getValue()));
    sessions.setAllRowsVisible(true);
    deviations.setId("calibration-deviations");
    deviations.addColumn(CalibrationDeviation::reviewer).setHeader("Reviewer").setKey("reviewer");
    deviations.addColumn(d -> d.score() + " %").setHeader("Score").setKey("score");
    deviations.addColumn(d -> d.groupMean() + " %").setHeader("Group mean").setKey("mean");
    deviations.addColumn(d -> (d.deviation().signum() > 0 ? "+" : "") + d.deviation()).setHeader("Deviation").setKey("deviation");
    deviations.setAllRowsVisible(true);
    add(sessions, new H3("Deviation from the group"), deviations);
    reload();
  }

  private void reload() {
    sessions.setItems(calibrations.calibrations());
  }

  private void showDeviations(Calibration calibration) {
    deviations.setItems(calibration == null ? List.of() : calibrations.deviations(calibration.id()));
  }
}
