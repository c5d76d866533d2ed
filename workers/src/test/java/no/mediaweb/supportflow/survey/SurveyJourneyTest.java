package no.mediaweb.supportflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import java.time.Duration;
import java.util.List;
import no.mediaweb.supportflow.TestData;
import no.mediaweb.supportflow.TestTickets;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.WorkersTest;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Elements;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.ticket.CloseReason;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketLifecycle;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Surveys through the real workflow from a resolved ticket: engine, workers, database and inbox. */
@WorkersTest
class SurveyJourneyTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired TicketLifecycle ticketLifecycle;
  @Autowired SurveyService service;
  @Autowired SurveyLinks links;
  @Autowired Surveys surveys;
  @Autowired TestTickets testTickets;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void logOut() {
    TestData.logOut();
  }

  @Test
  void a_resolved_ticket_is_surveyed_after_the_delay_and_a_low_score_is_followed_up_by_a_manager() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);

    ticketLifecycle.markResolved(ticket.id(), "job:survey-journey:" + ticket.id());
    Survey registered = await().atMost(WAIT).until(() -> surveys.findByTicket(ticket.id()).orElse(null), s -> s != null);
    assertThat(registered.sentAt()).isNull();

    await().atMost(WAIT).until(() -> delayTimerArmed(registered.processInstanceKey()));
    EmbeddedServices.travel(Duration.ofHours(25));
    Survey sent = await().atMost(WAIT).until(() -> surveys.find(registered.id()).orElseThrow(), s -> s.sentAt() != null);
    String token = links.tokenFor(sent.id(), sent.expiresAt());

    service.answer(token, 1, "Nobody listened");
    long jobKey = await().atMost(WAIT).until(() -> followUpTask(ticket.id()), keys -> keys.size() == 1).getFirst();

    TestData.logInAs(TestData.AGENT, Role.AGENT);
    assertThatThrownBy(() -> service.completeFollowUp(jobKey, "Not mine to close")).isInstanceOf(AccessDeniedException.class);
    TestData.logInAs(TestData.MANAGER, Role.MANAGER);
    assertThatThrownBy(() -> service.completeFollowUp(jobKey, "  ")).isInstanceOf(BusinessRuleException.class);
    assertThat(service.followUps())
        .filteredOn(f -> f.jobKey() == jobKey)
        .singleElement()
        .satisfies(f -> {
          assertThat(f.ticketNumber()).isEqualTo(ticket.number());
          assertThat(f.score()).isEqualTo(1);
          assertThat(f.comment()).isEqualTo("Nobody listened");
        });
    service.completeFollowUp(jobKey, "Called the customer and apologised");

    Survey followedUp = surveys.find(sent.id()).orElseThrow();
    assertThat(followedUp.followupNote()).isEqualTo("Called the customer and apologised");
    assertThat(followedUp.followedUpBy()).isEqualTo("Test Manager");
    assertThat(service.followUps()).noneMatch(f -> f.jobKey() == jobKey);
    assertThat(jdbc.sql("SELECT state FROM human_task WHERE job_key = :k").param("k", jobKey).query(String.class).single())
        .isEqualTo("COMPLETED");
    assertThat(testTickets.eventTypes(ticket.id()))
        .containsSubsequence(
            TimelineEventType.RESOLVED, TimelineEventType.SURVEY_SENT, TimelineEventType.SURVEY_ANSWERED,
            TimelineEventType.SURVEY_FOLLOWED_UP);
  }

  @Test
  void a_ticket_reopened_while_its_survey_waits_gets_no_survey() {
    Ticket ticket = testTickets.inState(TicketStatus.IN_PROGRESS);
    ticketLifecycle.markResolved(ticket.id(), "job:survey-reopen:" + ticket.id());
    Survey registered = await().atMost(WAIT).until(() -> surveys.findByTicket(ticket.id()).orElse(null), s -> s != null);

    ticketLifecycle.reopen(ticket.id(), "job:survey-reopen:" + ticket.id() + ":reopen");

    Survey withdrawn =
        await().atMost(WAIT).until(() -> surveys.find(registered.id()).orElseThrow(), s -> s.outcome() == SurveyOutcome.WITHDRAWN);
    assertThat(withdrawn.sentAt()).isNull();
    assertThat(testTickets.eventTypes(ticket.id())).contains(TimelineEventType.SURVEY_WITHDRAWN).doesNotContain(TimelineEventType.SURVEY_SENT);
  }

  @Test
  void closing_the_ticket_leaves_a_low_score_follow_up_in_the_managers_queue_and_withdraws_the_rest() {
    Ticket ticket = testTickets.inState(TicketStatus.RESOLVED);
    long followUp = testTickets.openTask(ticket.id(), Elements.FOLLOW_UP_LOW_SCORE, "managers", null);
    long statusUpdate = testTickets.openTask(ticket.id(), "post-status-update", "l1-agents", TestData.AGENT);

    ticketLifecycle.close(ticket.id(), CloseReason.CONFIRMED, "job:survey-close:" + ticket.id());

    assertThat(testTickets.task(followUp).state()).isEqualTo("OPEN");
    assertThat(testTickets.task(statusUpdate).state()).isEqualTo("WITHDRAWN");
  }

  /** The delay timer counts from when it is armed: travelling before that would move nothing. */
  private static boolean delayTimerArmed(long processInstanceKey) {
    var timers = RecordStream.of(EmbeddedServices.zeebe().engine().getRecordStreamSource()).timerRecords();
    return java.util.stream.StreamSupport.stream(timers.spliterator(), false)
        .anyMatch(r -> r.getIntent() == TimerIntent.CREATED && r.getValue().getProcessInstanceKey() == processInstanceKey);
  }

  private List<Long> followUpTask(long ticketId) {
    return jdbc.sql("SELECT job_key FROM human_task WHERE ticket_id = :t AND element_id = :e AND state = 'OPEN'")
        .param("t", ticketId)
        .param("e", Elements.FOLLOW_UP_LOW_SCORE)
        .query(Long.class)
        .list();
  }
}
