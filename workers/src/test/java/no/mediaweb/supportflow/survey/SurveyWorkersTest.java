package no.mediaweb.supportflow.survey;

import static no.mediaweb.supportflow.TestJobs.NO_SUCH_TICKET;
import static no.mediaweb.supportflow.TestJobs.assertRetriedLater;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import java.time.Duration;
import java.time.Instant;
import no.mediaweb.supportflow.TestJobs;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Errors;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@WorkersTest
@RecordApplicationEvents
class SurveyWorkersTest {

  private static final String EXPIRY = "P7D";

  @Autowired RegisterSurveyWorker register;
  @Autowired SendSurveyWorker send;
  @Autowired WithdrawSurveyWorker withdraw;
  @Autowired SendSurveyReminderWorker remind;
  @Autowired RecordNoResponseWorker noResponse;
  @Autowired SurveyLinks links;
  @Autowired Surveys surveys;
  @Autowired TestTickets testTickets;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @Test
  void a_redelivered_registration_keeps_one_survey_row_with_the_plan_and_channel_of_the_ticket() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED, Plan.ENTERPRISE);
    ActivatedJob job = TestJobs.job("register-survey");

    SurveyLifecycle.Registration first = register.registerSurvey(job, ticket.id());
    SurveyLifecycle.Registration again = register.registerSurvey(job, ticket.id());

    assertThat(first.firstSurvey()).isTrue();
    assertThat(again).isEqualTo(first);
    assertThat(surveyRows(ticket.id())).isEqualTo(1);
    Survey survey = surveys.find(first.surveyId()).orElseThrow();
    assertThat(survey.plan()).isEqualTo(Plan.ENTERPRISE);
    assertThat(survey.channel()).isEqualTo(Channel.WEB);
    assertThat(survey.processInstanceKey()).isEqualTo(job.getProcessInstanceKey());
    assertThat(survey.outcome()).isNull();
    assertThat(testTickets.eventTypes(ticket.id())).isEmpty();
  }

  @Test
  void a_ticket_resolved_again_after_its_survey_went_out_is_not_surveyed_twice_and_the_timeline_says_so() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    long surveyId = register.registerSurvey(TestJobs.job("register-survey"), ticket.id()).surveyId();
    send.sendSurvey(surveyId, EXPIRY);

    SurveyLifecycle.Registration second = register.registerSurvey(TestJobs.job("register-survey"), ticket.id());

    assertThat(second.firstSurvey()).isFalse();
    assertThat(second.surveyId()).isEqualTo(surveyId);
    assertThat(surveyRows(ticket.id())).isEqualTo(1);
    assertThat(testTickets.eventTypes(ticket.id()))
        .containsExactly(TimelineEventType.SURVEY_SENT, TimelineEventType.SURVEY_NOT_REPEATED);
    assertThat(invitations(surveyId)).isEqualTo(1);
  }

  @Test
  void a_redelivered_send_stamps_the_survey_once_and_publishes_one_invitation_with_a_valid_link() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    long surveyId = register.registerSurvey(TestJobs.job("register-survey"), ticket.id()).surveyId();
    Instant before = SharedClock.now();

    SendSurveyWorker.SentSurvey first = send.sendSurvey(surveyId, EXPIRY);
    SendSurveyWorker.SentSurvey again = send.sendSurvey(surveyId, EXPIRY);

    assertThat(again).isEqualTo(first);
    Instant expiresAt = Instant.parse(first.surveyExpiresAt());
    assertThat(expiresAt).isBetween(before.plus(Duration.ofDays(7)).minusSeconds(1), SharedClock.now().plus(Duration.ofDays(7)));
    Survey survey = surveys.find(surveyId).orElseThrow();
    assertThat(survey.sentAt()).isNotNull();
    assertThat(survey.expiresAt()).isEqualTo(expiresAt);
    assertThat(events.stream(SurveyMailDue.class).filter(m -> m.ticketId() == ticket.id()))
        .singleElement()
        .satisfies(mail -> {
          assertThat(mail.kind()).isEqualTo(SurveyMailDue.Kind.INVITATION);
          assertThat(mail.mailKey()).isEqualTo("survey:" + surveyId + ":invitation");
          assertThat(mail.expiresAt()).isEqualTo(expiresAt);
          assertThat(mail.surveyLink()).isEqualTo(links.linkFor(surveyId, expiresAt));
          assertThat(links.verify(mail.surveyLink().substring(mail.surveyLink().lastIndexOf('/') + 1)))
              .contains(new SurveyLinks.SignedSurvey(surveyId, expiresAt));
        });
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_SENT);
  }

  @Test
  void a_ticket_reopened_before_sending_gets_no_survey_and_the_survey_is_withdrawn() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    ActivatedJob registration = TestJobs.job("register-survey");
    long surveyId = register.registerSurvey(registration, ticket.id()).surveyId();
    jdbc.sql("UPDATE ticket SET status = 'IN_PROGRESS' WHERE id = :id").param("id", ticket.id()).update();

    assertThatThrownBy(() -> send.sendSurvey(surveyId, EXPIRY))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo(Errors.TICKET_REOPENED));
    withdraw.withdrawSurvey(registration, surveyId);
    withdraw.withdrawSurvey(registration, surveyId);

    Survey survey = surveys.find(surveyId).orElseThrow();
    assertThat(survey.sentAt()).isNull();
    assertThat(survey.outcome()).isEqualTo(SurveyOutcome.WITHDRAWN);
    assertThat(events.stream(SurveyMailDue.class).filter(m -> m.ticketId() == ticket.id())).isEmpty();
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_WITHDRAWN);
  }

  @Test
  void a_withdrawn_survey_that_never_went_out_belongs_to_the_next_resolution() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    ActivatedJob firstResolution = TestJobs.job("register-survey");
    long surveyId = register.registerSurvey(firstResolution, ticket.id()).surveyId();
    withdraw.withdrawSurvey(firstResolution, surveyId);

    SurveyLifecycle.Registration next = register.registerSurvey(TestJobs.job("register-survey"), ticket.id());
    send.sendSurvey(surveyId, EXPIRY);

    assertThat(next).isEqualTo(new SurveyLifecycle.Registration(surveyId, true));
    Survey survey = surveys.find(surveyId).orElseThrow();
    assertThat(survey.outcome()).isNull();
    assertThat(survey.sentAt()).isNotNull();
    assertThat(invitations(surveyId)).isEqualTo(1);
  }

  @Test
  void a_redelivered_reminder_publishes_one_reminder_with_the_invitations_link() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    long surveyId = register.registerSurvey(TestJobs.job("register-survey"), ticket.id()).surveyId();
    Instant expiresAt = Instant.parse(send.sendSurvey(surveyId, EXPIRY).surveyExpiresAt());

    remind.sendSurveyReminder(surveyId);
    remind.sendSurveyReminder(surveyId);

    assertThat(events.stream(SurveyMailDue.class).filter(m -> m.kind() == SurveyMailDue.Kind.REMINDER && m.ticketId() == ticket.id()))
        .singleElement()
        .satisfies(mail -> {
          assertThat(mail.mailKey()).isEqualTo("survey:" + surveyId + ":reminder");
          assertThat(mail.surveyLink()).isEqualTo(links.linkFor(surveyId, expiresAt));
        });
    assertThat(surveys.find(surveyId).orElseThrow().remindedAt()).isNotNull();
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_SENT, TimelineEventType.SURVEY_REMINDED);
  }

  @Test
  void an_unanswered_survey_is_recorded_as_no_response_once_and_gets_no_reminder_afterwards() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    long surveyId = register.registerSurvey(TestJobs.job("register-survey"), ticket.id()).surveyId();
    send.sendSurvey(surveyId, EXPIRY);

    RecordNoResponseWorker.ExpiredSurvey first = noResponse.recordNoResponse(surveyId);
    RecordNoResponseWorker.ExpiredSurvey again = noResponse.recordNoResponse(surveyId);
    remind.sendSurveyReminder(surveyId);

    assertThat(first).isEqualTo(new RecordNoResponseWorker.ExpiredSurvey(false, null));
    assertThat(again).isEqualTo(first);
    Survey survey = surveys.find(surveyId).orElseThrow();
    assertThat(survey.outcome()).isEqualTo(SurveyOutcome.NO_RESPONSE);
    assertThat(survey.remindedAt()).isNull();
    assertThat(testTickets.eventTypes(ticket.id())).containsExactly(TimelineEventType.SURVEY_SENT, TimelineEventType.SURVEY_NO_RESPONSE);
  }

  @Test
  void an_answer_stored_before_the_expiry_step_is_kept_and_handed_to_the_process() {
    Ticket ticket = testTickets.inState(TicketStatus.CLOSED);
    long surveyId = register.registerSurvey(TestJobs.job("register-survey"), ticket.id()).surveyId();
    send.sendSurvey(surveyId, EXPIRY);
    surveys.answer(surveyId, 2, "Slow", true, SharedClock.now());

    RecordNoResponseWorker.ExpiredSurvey expired = noResponse.recordNoResponse(surveyId);

    assertThat(expired).isEqualTo(new RecordNoResponseWorker.ExpiredSurvey(true, 2));
    assertThat(surveys.find(surveyId).orElseThrow().outcome()).isEqualTo(SurveyOutcome.ANSWERED);
    assertThat(testTickets.eventTypes(ticket.id())).doesNotContain(TimelineEventType.SURVEY_NO_RESPONSE);
  }

  @Test
  void a_ticket_not_visible_yet_fails_the_registration_with_one_retry_fewer_and_a_back_off() {
    assertRetriedLater(() -> register.registerSurvey(TestJobs.job("register-survey"), NO_SUCH_TICKET));
  }

  private long surveyRows(long ticketId) {
    return jdbc.sql("SELECT COUNT(*) FROM survey WHERE ticket_id = :t").param("t", ticketId).query(Long.class).single();
  }

  private long invitations(long surveyId) {
    return events.stream(SurveyMailDue.class).filter(m -> m.mailKey().equals("survey:" + surveyId + ":invitation")).count();
  }
}
