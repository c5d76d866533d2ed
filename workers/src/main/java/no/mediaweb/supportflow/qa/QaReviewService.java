package no.mediaweb.supportflow.qa;

import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.escalation.EscalationService;
import no.mediaweb.supportflow.survey.SurveyService;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.QaCalibrationProcess;
import no.mediaweb.supportflow.processes.QaDisputeProcess;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketQueries;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.CurrentStaff.Staff;
import no.mediaweb.supportflow.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QA reviews: the reviewers' queue and scoring, the agents' results and disputes, and the QA
 * leads' decisions. Who may do what is checked here: QA users score; an agent reads and disputes
 * only reviews of their own tickets; only QA leads decide disputes; managers read everything.
 */
@Service
public class QaReviewService {

  public static final int MAX_TEXT = 2000;
  private static final Set<String> REVIEW_TASKS =
      Set.of(QaSamplingProcess.Elements.REVIEW_TICKET, QaCalibrationProcess.Elements.CALIBRATION_REVIEW);

  /** What the dispute process starts with. */
  record DisputeStarted(long disputeId, long ticketId) {}

  private final QaReviews reviews;
  private final Scorecards scorecards;
  private final InboxService inbox;
  private final TicketRepository tickets;
  private final TicketQueries ticketQueries;
  private final EscalationService escalations;
  private final SurveyService surveys;
  private final CurrentStaff currentStaff;
  private final CamundaClient client;
  private final QaProperties properties;
  private final Clock clock;

  QaReviewService(
      QaReviews reviews, Scorecards scorecards, InboxService inbox, TicketRepository tickets, TicketQueries ticketQueries,
      EscalationService escalations, SurveyService surveys, CurrentStaff currentStaff, CamundaClient client,
      QaProperties properties, Clock clock) {
    this.reviews = reviews;
    this.scorecards = scorecards;
    this.inbox = inbox;
    this.tickets = tickets;
    this.ticketQueries = ticketQueries;
    this.escalations = escalations;
    this.surveys = surveys;
    this.currentStaff = currentStaff;
    this.client = client;
    this.properties = properties;
    this.clock = clock;
  }

  /** Review tasks the current reviewer may take: unclaimed ones and their own, oldest first. */
  @PreAuthorize(StaffRoles.QA)
  @Transactional(readOnly = true)
  public List<InboxTask> openReviewTasks() {
    String me = currentStaff.require().username();
    return inbox.openTasksIn(QaSamplingProcess.GROUP_QA_REVIEWERS).stream()
        .filter(task -> REVIEW_TASKS.contains(task.elementId()))
        .filter(task -> task.assignee() == null || task.assignee().equals(me))
        .toList();
  }

  @PreAuthorize(StaffRoles.QA)
  @Transactional(readOnly = true)
  public ReviewContext reviewTask(long jobKey) {
    InboxTask task = reviewTaskFor(currentStaff.require(), jobKey);
    return new ReviewContext(
        task, ticketQueries.details(task.ticketNumber()), escalations.historyOf(task.ticketId()),
        surveys.ofTicket(task.ticketId()), scorecards.current());
  }

  /**
   * Scores the ticket on scorecard {@code scorecardId} (the version the reviewer saw) and completes
   * the task; the review, its scores and the completion commit together.
   */
  @PreAuthorize(StaffRoles.QA)
  public long submit(long jobKey, long scorecardId, List<CriterionScore> scores, String summary) {
    Staff me = currentStaff.require();
    InboxTask task = reviewTaskFor(me, jobKey);
    Scorecard scorecard = scorecards.byId(scorecardId);
    ScoreOutcome outcome = scorecard.score(scores);
    List<CriterionScore> cleaned = scores.stream()
        .map(s -> new CriterionScore(s.criterionId(), s.points(), trimToNull(s.comment(), "A comment")))
        .toList();
    String cleanSummary = trimToNull(summary, "The summary");
    Ticket ticket = tickets.findById(task.ticketId()).orElseThrow();
    if (ticket.assignee() == null) {
      throw new BusinessRuleException("Ticket %s has no agent to review".formatted(ticket.number()));
    }
    boolean calibration = task.elementId().equals(QaCalibrationProcess.Elements.CALIBRATION_REVIEW);
    long[] reviewId = new long[1];
    inbox.completeDecision(
        jobKey,
        task.elementId(),
        Map.of(),
        held -> {
          Long calibrationId = calibration
              ? reviews.calibrationOfProcess(held.processInstanceKey())
                  .orElseThrow(() -> new NotFoundException("No calibration for task " + jobKey))
              : null;
          reviewId[0] = reviews.insertIfAbsent(
              jobKey, calibration ? ReviewKind.CALIBRATION : ReviewKind.SAMPLE, task.ticketId(), ticket.assignee(),
              me.username(), scorecard, calibrationId, outcome, cleanSummary, cleaned, clock.instant());
        });
    return reviewId[0];
  }

  /** Every sample review, newest first (QA and managers). */
  @PreAuthorize(StaffRoles.QA_OR_MANAGER)
  @Transactional(readOnly = true)
  public List<QaReview> allReviews() {
    return reviews.samples(500);
  }

  /** The reviews of the current agent's tickets, newest first. */
  @PreAuthorize(StaffRoles.AGENT)
  @Transactional(readOnly = true)
  public List<QaReview> myResults() {
    return reviews.samplesOf(currentStaff.require().username());
  }

  /** One review with its scores; an agent may read only the reviews of their own tickets. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public ReviewDetails review(long reviewId) {
    Staff me = currentStaff.require();
    QaReview review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException("No review " + reviewId));
    if (!mayRead(me, review)) {
      throw new AccessDeniedException("Review %d is not of one of your tickets".formatted(reviewId));
    }
    Scorecard scorecard = scorecards.byId(review.scorecardId());
    return new ReviewDetails(review, scorecard, reviews.scoresOf(reviewId, scorecard), mayDispute(me, review));
  }

  /**
   * The agent disputes a review of their own ticket, within the dispute window, with a reason; a QA
   * lead decides it in the dispute process. A second dispute of the same review is refused.
   */
  @PreAuthorize(StaffRoles.AGENT)
  @Transactional
  public void dispute(long reviewId, String reason) {
    Staff me = currentStaff.require();
    QaReview review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException("No review " + reviewId));
    if (review.kind() != ReviewKind.SAMPLE || !review.agent().equals(me.username())) {
      throw new AccessDeniedException("You may dispute only reviews of your own tickets");
    }
    if (review.dispute() != null) {
      throw new BusinessRuleException("This review is already disputed");
    }
    if (!withinWindow(review)) {
      throw new BusinessRuleException(
          "Reviews may be disputed within %d days".formatted(properties.disputeWindow().toDays()));
    }
    String why = trimToNull(reason, "The reason");
    if (why == null) {
      throw new BusinessRuleException("Say why you dispute the review");
    }
    if (!reviews.insertDispute(reviewId, me.username(), why, clock.instant())) {
      throw new BusinessRuleException("This review is already disputed");
    }
    long disputeId = reviews.find(reviewId).orElseThrow().dispute().id();
    long processInstanceKey = client.newCreateInstanceCommand()
        .bpmnProcessId(QaDisputeProcess.PROCESS_ID)
        .latestVersion()
        .variables(new DisputeStarted(disputeId, review.ticketId()))
        .send()
        .join()
        .getProcessInstanceKey();
    reviews.setDisputeProcess(reviewId, processInstanceKey);
  }

  /** Disputes waiting for a decision (QA leads). */
  @PreAuthorize(StaffRoles.QA)
  @Transactional(readOnly = true)
  public List<OpenDispute> openDisputes() {
    QaLeads.require(currentStaff.require());
    return inbox.openTasksIn(QaDisputeProcess.GROUP_QA_LEADS).stream()
        .filter(task -> task.elementId().equals(QaDisputeProcess.Elements.DECIDE_DISPUTE))
        .flatMap(task -> reviews.reviewOfDisputeProcess(task.processInstanceKey())
            .map(review -> new OpenDispute(task.jobKey(), task.assignee(), review))
            .stream())
        .toList();
  }

  /**
   * A QA lead upholds the review or adjusts its score (0–100; the result follows the scorecard's
   * pass mark), always with a note. The decision and the task's completion commit together.
   */
  @PreAuthorize(StaffRoles.QA)
  public void decide(long jobKey, DisputeDecision decision, BigDecimal adjustedScore, String note) {
    Staff me = currentStaff.require();
    QaLeads.require(me);
    String why = trimToNull(note, "The note");
    if (why == null) {
      throw new BusinessRuleException("Add a note to the decision");
    }
    if (decision == DisputeDecision.ADJUSTED
        && (adjustedScore == null || adjustedScore.signum() < 0 || adjustedScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new BusinessRuleException("The adjusted score is a percentage from 0 to 100");
    }
    inbox.completeDecision(
        jobKey,
        QaDisputeProcess.Elements.DECIDE_DISPUTE,
        Map.of(QaDisputeProcess.Variables.DISPUTE_DECISION, decision.name()),
        task -> {
          QaReview review = reviews.reviewOfDisputeProcess(task.processInstanceKey())
              .orElseThrow(() -> new NotFoundException("No dispute for task " + jobKey));
          BigDecimal score = decision == DisputeDecision.ADJUSTED ? adjustedScore.setScale(2, java.math.RoundingMode.HALF_UP) : null;
          ReviewResult result = score == null ? null : scorecards.byId(review.scorecardId()).resultOf(score, false);
          if (!reviews.decide(review.dispute().id(), decision, score, result, why, me.username(), clock.instant())) {
            throw new BusinessRuleException("This dispute is already decided");
          }
        });
  }

  private boolean mayRead(Staff me, QaReview review) {
    Set<Role> roles = me.roles();
    if (roles.contains(Role.QA) || roles.contains(Role.MANAGER) || roles.contains(Role.ADMIN)) {
      return true;
    }
    return review.kind() == ReviewKind.SAMPLE && review.agent().equals(me.username());
  }

  private boolean mayDispute(Staff me, QaReview review) {
    return me.roles().contains(Role.AGENT) && review.kind() == ReviewKind.SAMPLE && review.agent().equals(me.username())
        && review.dispute() == null && withinWindow(review);
  }

  private boolean withinWindow(QaReview review) {
    Instant deadline = review.submittedAt().plus(properties.disputeWindow());
    return !clock.instant().isAfter(deadline);
  }

  private InboxTask reviewTaskFor(Staff me, long jobKey) {
    Optional<InboxTask> task = inbox.openTasksIn(QaSamplingProcess.GROUP_QA_REVIEWERS).stream()
        .filter(t -> t.jobKey() == jobKey && REVIEW_TASKS.contains(t.elementId()))
        .findFirst();
    if (task.isEmpty()) {
      throw new NotFoundException("No open review task " + jobKey);
    }
    if (!me.taskGroups().contains(QaSamplingProcess.GROUP_QA_REVIEWERS)) {
      throw new AccessDeniedException("Only members of %s review tickets".formatted(QaSamplingProcess.GROUP_QA_REVIEWERS));
    }
    if (task.get().assignee() != null && !task.get().assignee().equals(me.username())) {
      throw new AccessDeniedException("%s holds this review".formatted(task.get().assignee()));
    }
    return task.get();
  }

  private static String trimToNull(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.strip().length() > MAX_TEXT) {
      throw new BusinessRuleException("%s may have at most %d characters".formatted(what, MAX_TEXT));
    }
    return text.strip();
  }
}
