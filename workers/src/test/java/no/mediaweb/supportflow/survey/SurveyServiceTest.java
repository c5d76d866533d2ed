package no.mediaweb.supportflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.survey.SurveyService.LinkState;
import no.mediaweb.supportflow.survey.SurveyService.SurveyPage;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.CurrentStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@WorkersTest
class SurveyServiceTest {

  @Autowired SurveyService service;
  @Autowired SurveyLifecycle lifecycle;
  @Autowired SurveyLinks links;
  @Autowired Surveys surveys;
  @Autowired SurveyMessages messages;
  @Autowired TicketRepository tickets;
  @Autowired Timeline timeline;
  @Autowired InboxService inbox;
  @Autowired CurrentStaff currentStaff;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;
  @Autowired TestTickets testTickets;

  @Test
  void a_customer_with_a_valid_link_sees_their_ticket_and_their_answer_is_stored_once() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String token = sentSurvey(ticket);

    SurveyPage page = service.open(token);
    SurveyPage answered = service.answer(token, 4, "  Quick and friendly  ");

    assertThat(page).isEqualTo(new SurveyPage(LinkState.OPEN, ticket.number(), ticket.subject(), page.expiresAt()));
    assertThat(answered.state()).isEqualTo(LinkState.JUST_ANSWERED);
    assertThat(service.open(token).state()).isEqualTo(LinkState.ANSWERED);
    Survey survey = surveys.findByTicket(ticket.id()).orElseThrow();
    assertThat(survey.score()).isEqualTo(4);
    assertThat(survey.comment()).isEqualTo("Quick and friendly");
    assertThat(survey.answeredAt()).isNotNull();
    assertThat(survey.outcome()).isEqualTo(SurveyOutcome.ANSWERED);
    assertThat(survey.followupNeeded()).isFalse();
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_SENT, TimelineEventType.SURVEY_ANSWERED);
  }

  @Test
  void a_low_score_marks_the_survey_for_a_managers_follow_up() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String token = sentSurvey(ticket);

    service.answer(token, 2, null);

    Survey survey = surveys.findByTicket(ticket.id()).orElseThrow();
    assertThat(survey.followupNeeded()).isTrue();
    assertThat(survey.comment()).isNull();
  }

  @Test
  void a_reused_link_says_already_answered_and_changes_nothing() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String token = sentSurvey(ticket);
    service.answer(token, 5, "Great");
    Survey first = surveys.findByTicket(ticket.id()).orElseThrow();

    SurveyPage reused = service.answer(token, 1, "Changed my mind");

    assertThat(reused.state()).isEqualTo(LinkState.ANSWERED);
    assertThat(service.open(token).state()).isEqualTo(LinkState.ANSWERED);
    assertThat(surveys.findByTicket(ticket.id()).orElseThrow()).isEqualTo(first);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_SENT, TimelineEventType.SURVEY_ANSWERED);
  }

  @Test
  void a_tampered_link_is_invalid_shows_no_ticket_and_changes_nothing() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String token = sentSurvey(ticket);
    Survey sent = surveys.findByTicket(ticket.id()).orElseThrow();
    String[] parts = token.split("\\.");
    String otherExpiry = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
    String otherSurvey = (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2];

    for (String tampered : new String[] {otherExpiry, otherSurvey, token.substring(0, token.length() - 2) + "xx", "nonsense"}) {
      assertThat(service.open(tampered)).isEqualTo(new SurveyPage(LinkState.INVALID, null, null, null));
      assertThat(service.answer(tampered, 1, "hacked").state()).isEqualTo(LinkState.INVALID);
    }

    assertThat(surveys.findByTicket(ticket.id()).orElseThrow()).isEqualTo(sent);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_SENT);
  }

  @Test
  void an_expired_link_says_so_and_changes_nothing() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String token = sentSurvey(ticket);
    Survey sent = surveys.findByTicket(ticket.id()).orElseThrow();
    SurveyService eightDaysLater =
        new SurveyService(
            surveys, links, messages, tickets, timeline, inbox, currentStaff, transactions,
            Clock.offset(clock, Duration.ofDays(8)));

    assertThat(eightDaysLater.open(token).state()).isEqualTo(LinkState.EXPIRED);
    assertThat(eightDaysLater.answer(token, 3, "late").state()).isEqualTo(LinkState.EXPIRED);

    assertThat(surveys.findByTicket(ticket.id()).orElseThrow()).isEqualTo(sent);
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_SENT);
  }

  @Test
  void a_link_whose_survey_ended_without_an_answer_is_expired() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String token = sentSurvey(ticket);
    lifecycle.expire(surveys.findByTicket(ticket.id()).orElseThrow().id());

    assertThat(service.answer(token, 5, null).state()).isEqualTo(LinkState.EXPIRED);
    assertThat(surveys.findByTicket(ticket.id()).orElseThrow().score()).isNull();
  }

  @Test
  void a_missing_score_or_an_overlong_comment_is_refused_and_nothing_is_stored() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    String token = sentSurvey(ticket);

    assertThatThrownBy(() -> service.answer(token, null, "no score")).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> service.answer(token, 6, null)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> service.answer(token, 3, "x".repeat(SurveyService.MAX_COMMENT + 1)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("2000");

    assertThat(surveys.findByTicket(ticket.id()).orElseThrow().answeredAt()).isNull();
    assertThat(service.open(token).state()).isEqualTo(LinkState.OPEN);
  }

  private String sentSurvey(Ticket ticket) {
    long surveyId = lifecycle.register(ticket.id(), TestJobs.unknownJobKey()).orElseThrow().surveyId();
    Instant expiresAt = ((SurveyLifecycle.Sending.Sent) lifecycle.send(surveyId, Duration.ofDays(7))).expiresAt();
    return links.tokenFor(surveyId, expiresAt);
  }
}
