package no.mediaweb.supportflow.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Elements;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.CurrentStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people do with surveys: the customer opens their link and answers once; managers follow up
 * low scores. The customer needs no login: the signed link is the proof.
 */
@Service
public class SurveyService {

  public static final int MAX_COMMENT = 2000;
  public static final int MAX_NOTE = 2000;
  /** Scores at or below this ask a manager to follow up. */
  public static final int FOLLOW_UP_AT_OR_BELOW = 2;

  private static final Logger log = LoggerFactory.getLogger(SurveyService.class);

  private final Surveys surveys;
  private final SurveyLinks links;
  private final SurveyMessages messages;
  private final TicketRepository tickets;
  private final Timeline timeline;
  private final InboxService inbox;
  private final CurrentStaff currentStaff;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SurveyService(
      Surveys surveys,
      SurveyLinks links,
      SurveyMessages messages,
      TicketRepository tickets,
      Timeline timeline,
      InboxService inbox,
      CurrentStaff currentStaff,
      TransactionTemplate transactions,
      Clock clock) {
    this.surveys = surveys;
    this.links = links;
    this.messages = messages;
    this.tickets = tickets;
    this.timeline = timeline;
    this.inbox = inbox;
    this.currentStaff = currentStaff;
    this.transactions = transactions;
    this.clock = clock;
  }

  public enum LinkState {
    /** The customer may answer. */
    OPEN,
    /** This very request stored the answer. */
    JUST_ANSWERED,
    /** Answered already: the link is used up. */
    ANSWERED,
    /** The link's time is over (or the survey ended without an answer). */
    EXPIRED,
    /** Not a link we issued: tampered, truncated or made up. */
    INVALID
  }

  /** What the survey page shows; ticket number and subject only for a link we issued. */
  public record SurveyPage(LinkState state, String ticketNumber, String subject, Instant expiresAt) {

    static SurveyPage invalid() {
      return new SurveyPage(LinkState.INVALID, null, null, null);
    }
  }

  @Transactional(readOnly = true)
  public SurveyPage open(String token) {
    return resolve(token).map(found -> page(found.survey(), found.ticket(), found.expiresAt())).orElseGet(SurveyPage::invalid);
  }

  /**
   * Stores the answer if the link is open; the page it returns says what happened ({@link
   * LinkState#JUST_ANSWERED} when this request stored it). Nothing changes for a used, expired or
   * tampered link. The answer is stored first, then the process is told with a message id: if that
   * fails the answer stays stored and the expiry step finds it.
   */
  public SurveyPage answer(String token, Integer score, String comment) {
    if (score == null || score < 1 || score > 5) {
      throw new BusinessRuleException("Choose a score from 1 to 5");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > MAX_COMMENT) {
      throw new BusinessRuleException("Keep the comment under %d characters".formatted(MAX_COMMENT));
    }
    Answered answered = transactions.execute(status -> store(token, score, text));
    if (answered.stored() != null) {
      try {
        messages.answered(answered.stored(), answered.page().ticketNumber());
      } catch (RuntimeException e) {
        log.warn("Survey {} answered, but the process was not told; its expiry step will find the answer", answered.stored().id(), e);
      }
    }
    return answered.page();
  }

  private record Answered(SurveyPage page, Survey stored) {}

  private Answered store(String token, int score, String comment) {
    Optional<Found> resolved = resolve(token);
    if (resolved.isEmpty()) {
      return new Answered(SurveyPage.invalid(), null);
    }
    Found found = resolved.get();
    SurveyPage page = page(found.survey(), found.ticket(), found.expiresAt());
    if (page.state() != LinkState.OPEN) {
      return new Answered(page, null);
    }
    Instant now = clock.instant();
    if (!surveys.answer(found.survey().id(), score, comment, score <= FOLLOW_UP_AT_OR_BELOW, now)) {
      Survey again = surveys.find(found.survey().id()).orElseThrow();
      return new Answered(page(again, found.ticket(), found.expiresAt()), null);
    }
    timeline.record(
        found.ticket().id(),
        TimelineEventType.SURVEY_ANSWERED,
        "Score %d of 5%s".formatted(score, comment == null ? "" : ": " + comment),
        "Customer",
        "survey:" + found.survey().id() + ":answered");
    Survey stored = surveys.find(found.survey().id()).orElseThrow();
    return new Answered(new SurveyPage(LinkState.JUST_ANSWERED, page.ticketNumber(), page.subject(), page.expiresAt()), stored);
  }

  private record Found(Survey survey, Ticket ticket, Instant expiresAt) {}

  /** A link we issued for a survey that was sent with exactly this expiry. */
  private Optional<Found> resolve(String token) {
    return links
        .verify(token)
        .flatMap(signed -> surveys
            .find(signed.surveyId())
            .filter(s -> s.sentAt() != null && signed.expiresAt().equals(s.expiresAt()))
            .flatMap(s -> tickets.findById(s.ticketId()).map(t -> new Found(s, t, signed.expiresAt()))));
  }

  private SurveyPage page(Survey survey, Ticket ticket, Instant expiresAt) {
    LinkState state;
    if (survey.answeredAt() != null) {
      state = LinkState.ANSWERED;
    } else if (survey.outcome() != null || !clock.instant().isBefore(expiresAt)) {
      state = LinkState.EXPIRED;
    } else {
      state = LinkState.OPEN;
    }
    return new SurveyPage(state, ticket.number(), ticket.subject(), expiresAt);
  }

  /** The ticket's survey, if one was registered: for the staff reading the whole ticket. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public Optional<Survey> ofTicket(long ticketId) {
    return surveys.findByTicket(ticketId);
  }

  /** A low score waiting for a manager. */
  public record FollowUp(
      long jobKey, String ticketNumber, String subject, String customerName, String planLabel, int score, String comment,
      Instant answeredAt, String heldBy) {}

  @PreAuthorize(StaffRoles.MANAGER)
  @Transactional(readOnly = true)
  public List<FollowUp> followUps() {
    return inbox.openTasksIn(SatisfactionSurveyProcess.GROUP_MANAGERS).stream()
        .filter(task -> task.elementId().equals(Elements.FOLLOW_UP_LOW_SCORE))
        .flatMap(task -> surveys.findByTicket(task.ticketId()).map(survey -> followUp(task, survey)).stream())
        .toList();
  }

  private static FollowUp followUp(InboxTask task, Survey survey) {
    return new FollowUp(
        task.jobKey(), task.ticketNumber(), task.subject(), task.customerName(), task.plan().label(),
        survey.score() == null ? 0 : survey.score(), survey.comment(), survey.answeredAt(), task.assignee());
  }

  /** Completes the follow-up with the manager's note: survey row, timeline, inbox and job together. */
  @PreAuthorize(StaffRoles.MANAGER)
  public void completeFollowUp(long jobKey, String note) {
    if (note == null || note.isBlank()) {
      throw new BusinessRuleException("Say what you did about the low score");
    }
    String text = note.strip();
    if (text.length() > MAX_NOTE) {
      throw new BusinessRuleException("Keep the note under %d characters".formatted(MAX_NOTE));
    }
    String me = currentStaff.require().displayName();
    inbox.completeDecision(
        jobKey,
        Elements.FOLLOW_UP_LOW_SCORE,
        Map.of(),
        task -> {
          Survey survey = surveys.findByTicket(task.ticketId())
              .orElseThrow(() -> new BusinessRuleException("This ticket has no survey"));
          if (!surveys.recordFollowUp(survey.id(), text, me, clock.instant())) {
            throw new BusinessRuleException("This low score has been followed up already");
          }
          timeline.record(task.ticketId(), TimelineEventType.SURVEY_FOLLOWED_UP, text, me, "survey:" + survey.id() + ":followed-up");
        });
  }
}
