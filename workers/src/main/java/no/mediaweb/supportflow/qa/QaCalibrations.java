package no.mediaweb.supportflow.qa;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.processes.QaCalibrationProcess;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.user.AppUser;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calibration: a QA lead has several reviewers score one ticket and compares them with the group mean. */
@Service
public class QaCalibrations {

  /** What the calibration process starts with. */
  record CalibrationStarted(long calibrationId, long ticketId, List<String> reviewers) {}

  private final QaReviews reviews;
  private final TicketRepository tickets;
  private final StaffDirectory staff;
  private final CurrentStaff currentStaff;
  private final CamundaClient client;
  private final Clock clock;

  QaCalibrations(
      QaReviews reviews, TicketRepository tickets, StaffDirectory staff, CurrentStaff currentStaff, CamundaClient client,
      Clock clock) {
    this.reviews = reviews;
    this.tickets = tickets;
    this.staff = staff;
    this.currentStaff = currentStaff;
    this.client = client;
    this.clock = clock;
  }

  /** Reviewers a QA lead may pick: active QA users of the reviewers' group. */
  @PreAuthorize(StaffRoles.QA)
  @Transactional(readOnly = true)
  public List<AppUser> reviewers() {
    return staff.activeMembersOf(QaSamplingProcess.GROUP_QA_REVIEWERS).stream()
        .filter(u -> u.roleSet().contains(Role.QA))
        .toList();
  }

  /** Starts a calibration of ticket {@code ticketNumber} by at least two reviewers (QA leads only). */
  @PreAuthorize(StaffRoles.QA)
  @Transactional
  public long start(String ticketNumber, List<String> reviewerNames) {
    var me = currentStaff.require();
    QaLeads.require(me);
    Ticket ticket = tickets.findByNumber(ticketNumber == null ? "" : ticketNumber.strip())
        .orElseThrow(() -> new NotFoundException("No ticket " + ticketNumber));
    if (ticket.assignee() == null) {
      throw new BusinessRuleException("Ticket %s has no agent to review".formatted(ticket.number()));
    }
    if (ticket.status() != no.mediaweb.supportflow.ticket.TicketStatus.CLOSED) {
      throw new BusinessRuleException("Calibrate on a closed ticket; %s is still %s".formatted(ticket.number(), ticket.status().label().toLowerCase()));
    }
    Set<String> chosen = new LinkedHashSet<>(reviewerNames);
    if (chosen.size() < 2) {
      throw new BusinessRuleException("Pick at least two reviewers");
    }
    Set<String> allowed = reviewers().stream().map(AppUser::username).collect(Collectors.toSet());
    for (String reviewer : chosen) {
      if (!allowed.contains(reviewer)) {
        throw new BusinessRuleException("%s is not a QA reviewer".formatted(reviewer));
      }
    }
    List<String> list = List.copyOf(chosen);
    long id = reviews.insertCalibration(ticket.id(), me.username(), list, clock.instant());
    long processInstanceKey = client.newCreateInstanceCommand()
        .bpmnProcessId(QaCalibrationProcess.PROCESS_ID)
        .latestVersion()
        .variables(new CalibrationStarted(id, ticket.id(), list))
        .send()
        .join()
        .getProcessInstanceKey();
    reviews.setCalibrationProcess(id, processInstanceKey);
    return id;
  }

  @PreAuthorize(StaffRoles.QA_OR_MANAGER)
  @Transactional(readOnly = true)
  public List<Calibration> calibrations() {
    return reviews.calibrations(200);
  }

  /** How far each reviewer scored from the group in the calibrations of {@code [from, to)}: the metrics dashboard's table. */
  @PreAuthorize(StaffRoles.QA_OR_MANAGER)
  @Transactional(readOnly = true)
  public List<ReviewerCalibration> reviewerCalibrations(Instant from, Instant to) {
    return reviews.reviewerCalibrations(from, to);
  }

  /** Each reviewer's score against the group mean of one calibration. */
  @PreAuthorize(StaffRoles.QA_OR_MANAGER)
  @Transactional(readOnly = true)
  public List<CalibrationDeviation> deviations(long calibrationId) {
    return reviews.deviations(calibrationId);
  }
}
