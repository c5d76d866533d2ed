package no.mediaweb.supportflow.qa;

import java.util.List;
import java.util.Optional;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.survey.Survey;
import no.mediaweb.supportflow.ticket.TicketDetails;

/**
 * What a reviewer needs to score a ticket: the task, the whole ticket, its escalations, the
 * customer's satisfaction survey (if one was registered) and the scorecard to use.
 */
public record ReviewContext(
    InboxTask task, TicketDetails ticket, List<Escalation> escalations, Optional<Survey> survey, Scorecard scorecard) {

  public boolean calibration() {
    return task.elementId().equals(no.mediaweb.supportflow.processes.QaCalibrationProcess.Elements.CALIBRATION_REVIEW);
  }
}
