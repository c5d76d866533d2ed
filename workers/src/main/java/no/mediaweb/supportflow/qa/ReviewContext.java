package no.mediaweb.supportflow.qa;

import java.util.List;
import no.mediaweb.supportflow.escalation.Escalation;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.ticket.TicketDetails;

/** What a reviewer needs to score a ticket: the task, the whole ticket, its escalations and the scorecard to use. */
public record ReviewContext(InboxTask task, TicketDetails ticket, List<Escalation> escalations, Scorecard scorecard) {

  public boolean calibration() {
    return task.elementId().equals(no.mediaweb.supportflow.processes.QaCalibrationProcess.Elements.CALIBRATION_REVIEW);
  }
}
