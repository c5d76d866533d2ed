package no.mediaweb.supportflow.qa;

import no.mediaweb.supportflow.processes.QaDisputeProcess;
import no.mediaweb.supportflow.user.CurrentStaff.Staff;
import no.mediaweb.supportflow.user.Role;
import org.springframework.security.access.AccessDeniedException;

/** A QA lead is a QA user in the {@code qa-leads} group: they decide disputes, start calibrations and publish scorecards. */
public final class QaLeads {

  private QaLeads() {}

  public static boolean isLead(Staff staff) {
    return staff.roles().contains(Role.QA) && staff.taskGroups().contains(QaDisputeProcess.GROUP_QA_LEADS);
  }

  static void require(Staff staff) {
    if (!isLead(staff)) {
      throw new AccessDeniedException("Only QA leads (the %s group) may do this".formatted(QaDisputeProcess.GROUP_QA_LEADS));
    }
  }
}
