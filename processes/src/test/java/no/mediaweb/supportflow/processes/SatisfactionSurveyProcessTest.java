package no.mediaweb.supportflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Elements.FOLLOW_UP_LOW_SCORE;
import static no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Elements.WAIT_FOR_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.Protocol;
import java.time.Duration;
import java.util.Map;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Errors;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.JobTypes;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Messages;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class SatisfactionSurveyProcessTest {

  private static final String NUMBER = "MW-000042";
  private static final Duration DELAY = Duration.ofHours(24);
  private static final Duration REMINDER_AFTER = Duration.ofDays(3);
  private static final Duration EXPIRY = Duration.ofDays(7);

  private static final class Ids {
    static final String REGISTER_SURVEY = "register-survey";
    static final String SEND_SURVEY = "send-survey";
    static final String SEND_SURVEY_REMINDER = "send-survey-reminder";
    static final String RECORD_NO_RESPONSE = "record-no-response";
    static final String WITHDRAW_SURVEY = "withdraw-survey";
    static final String SURVEY_ANSWERED = "survey-answered";
    static final String REMINDER_SENT = "reminder-sent";
    static final String NO_RESPONSE = "no-response";
    static final String SURVEY_WITHDRAWN = "survey-withdrawn";
    static final String ALREADY_SURVEYED = "already-surveyed";
    static final String FOLLOWED_UP = "low-score-followed-up";
  }

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ZeebeTestKit kit;

  @BeforeEach
  void deploy() {
    kit = new ZeebeTestKit(engine, client);
    kit.deploy("satisfaction-survey.bpmn");
  }

  @Test
  void a_resolved_ticket_is_surveyed_after_the_delay_and_a_good_score_ends_the_survey() {
    InspectedProcessInstance survey = startSurvey();
    registerFirstSurvey();

    assertThat(kit.activateJobs(JobTypes.SEND_SURVEY)).as("no survey before the delay").isEmpty();
    kit.passTime(DELAY);
    send();

    assertThat(survey).isWaitingAtElements(WAIT_FOR_ANSWER);
    kit.publishMessage(Messages.SURVEY_ANSWERED, NUMBER, Map.of(Variables.SURVEY_SCORE, 4));

    assertThat(survey)
        .isCompleted()
        .hasNoIncidents()
        .hasPassedElementsInOrder(Ids.REGISTER_SURVEY, Ids.SEND_SURVEY, WAIT_FOR_ANSWER, Ids.SURVEY_ANSWERED)
        .hasNotPassedElement(FOLLOW_UP_LOW_SCORE)
        .hasNotPassedElement(Ids.SEND_SURVEY_REMINDER);
  }

  @Test
  void an_unanswered_survey_is_reminded_once_after_three_days_and_can_still_be_answered() {
    InspectedProcessInstance survey = startSurvey();
    registerFirstSurvey();
    kit.passTime(DELAY);
    send();

    kit.passTime(REMINDER_AFTER);
    kit.complete(kit.activateJob(JobTypes.SEND_SURVEY_REMINDER));
    kit.passTime(Duration.ofDays(1));
    assertThat(kit.activateJobs(JobTypes.SEND_SURVEY_REMINDER)).as("only one reminder").isEmpty();

    kit.publishMessage(Messages.SURVEY_ANSWERED, NUMBER, Map.of(Variables.SURVEY_SCORE, 5));

    assertThat(survey)
        .isCompleted()
        .hasPassedElementsInOrder(Ids.SEND_SURVEY, Ids.SEND_SURVEY_REMINDER, Ids.REMINDER_SENT)
        .hasPassedElement(Ids.SURVEY_ANSWERED)
        .hasNotPassedElement(Ids.RECORD_NO_RESPONSE);
  }

  @Test
  void no_answer_by_the_links_expiry_is_recorded_as_no_response() {
    InspectedProcessInstance survey = startSurvey();
    registerFirstSurvey();
    kit.passTime(DELAY);
    send();
    kit.passTime(REMINDER_AFTER);
    kit.complete(kit.activateJob(JobTypes.SEND_SURVEY_REMINDER));

    kit.passTime(EXPIRY.minus(REMINDER_AFTER).minusHours(1));
    assertThat(kit.activateJobs(JobTypes.RECORD_NO_RESPONSE)).as("not expired yet").isEmpty();
    kit.passTime(Duration.ofHours(2));
    kit.complete(kit.activateJob(JobTypes.RECORD_NO_RESPONSE), Map.of(Variables.SURVEY_ANSWERED, false));

    assertThat(survey)
        .isCompleted()
        .hasPassedElement(Ids.NO_RESPONSE)
        .hasNotPassedElement(Ids.SURVEY_ANSWERED)
        .hasNotPassedElement(FOLLOW_UP_LOW_SCORE);
  }

  @Test
  void an_answer_stored_but_not_correlated_before_the_expiry_still_counts_and_a_low_one_is_followed_up() {
    InspectedProcessInstance survey = startSurvey();
    registerFirstSurvey();
    kit.passTime(DELAY);
    send();
    kit.passTime(EXPIRY.plusMinutes(1));
    kit.complete(kit.activateJob(JobTypes.SEND_SURVEY_REMINDER));

    kit.complete(
        kit.activateJob(JobTypes.RECORD_NO_RESPONSE), Map.of(Variables.SURVEY_ANSWERED, true, Variables.SURVEY_SCORE, 2));

    assertThat(survey).isWaitingAtElements(FOLLOW_UP_LOW_SCORE).hasNotPassedElement(Ids.NO_RESPONSE);
  }

  @Test
  void a_score_of_one_or_two_asks_the_managers_to_follow_up() {
    InspectedProcessInstance survey = startSurvey();
    registerFirstSurvey();
    kit.passTime(DELAY);
    send();

    kit.publishMessage(Messages.SURVEY_ANSWERED, NUMBER, Map.of(Variables.SURVEY_SCORE, 2));

    ActivatedJob followUp = kit.activateUserTask(FOLLOW_UP_LOW_SCORE);
    assertThat(followUp.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + SatisfactionSurveyProcess.GROUP_MANAGERS + "\"]");
    assertThat(followUp.getVariablesAsMap()).containsEntry(Variables.TICKET_ID, 42);
    kit.complete(followUp);

    assertThat(survey).isCompleted().hasPassedElement(Ids.FOLLOWED_UP).hasNotPassedElement(Ids.SURVEY_ANSWERED);
  }

  @Test
  void a_ticket_reopened_during_the_delay_withdraws_the_survey_before_it_is_sent() {
    InspectedProcessInstance survey = startSurvey();
    registerFirstSurvey();

    kit.passTime(DELAY.dividedBy(2));
    kit.publishMessage(Messages.TICKET_REOPENED, NUMBER);
    kit.complete(kit.activateJob(JobTypes.WITHDRAW_SURVEY));
    kit.passTime(DELAY);

    assertThat(kit.activateJobs(JobTypes.SEND_SURVEY)).isEmpty();
    assertThat(survey).isCompleted().hasPassedElement(Ids.SURVEY_WITHDRAWN).hasNotPassedElement(Ids.SEND_SURVEY);
  }

  @Test
  void a_reopen_the_delay_missed_is_caught_by_the_send_step_and_withdraws_the_survey() {
    InspectedProcessInstance survey = startSurvey();
    registerFirstSurvey();
    kit.passTime(DELAY);

    ActivatedJob send = kit.activateJob(JobTypes.SEND_SURVEY);
    client.newThrowErrorCommand(send.getKey()).errorCode(Errors.TICKET_REOPENED).send().join();
    kit.complete(kit.activateJob(JobTypes.WITHDRAW_SURVEY));

    assertThat(survey).isCompleted().hasPassedElement(Ids.SURVEY_WITHDRAWN).hasNotPassedElement(WAIT_FOR_ANSWER);
  }

  @Test
  void a_ticket_resolved_again_after_its_survey_is_recorded_and_not_surveyed_twice() {
    InspectedProcessInstance survey = startSurvey();
    kit.complete(
        kit.activateJob(JobTypes.REGISTER_SURVEY), Map.of(Variables.SURVEY_ID, 7, Variables.FIRST_SURVEY, false));

    assertThat(survey).isCompleted().hasPassedElement(Ids.ALREADY_SURVEYED).hasNotPassedElement(Ids.SEND_SURVEY);
  }

  private InspectedProcessInstance startSurvey() {
    kit.publishMessage(
        Messages.SURVEY_REQUESTED,
        NUMBER,
        Map.of(
            Variables.TICKET_ID, 42,
            Variables.TICKET_NUMBER, NUMBER,
            Variables.SURVEY_DELAY, DELAY.toString(),
            Variables.SURVEY_REMINDER_AFTER, REMINDER_AFTER.toString(),
            Variables.SURVEY_EXPIRY, EXPIRY.toString()));
    return InspectionUtility.findProcessInstances()
        .withBpmnProcessId(SatisfactionSurveyProcess.PROCESS_ID)
        .findLastProcessInstance()
        .orElseThrow(() -> new AssertionError("the message started no survey"));
  }

  private void registerFirstSurvey() {
    kit.complete(
        kit.activateJob(JobTypes.REGISTER_SURVEY), Map.of(Variables.SURVEY_ID, 7, Variables.FIRST_SURVEY, true));
  }

  private void send() {
    ActivatedJob send = kit.activateJob(JobTypes.SEND_SURVEY);
    kit.complete(send, Map.of(Variables.SURVEY_EXPIRES_AT, kit.now().plus(EXPIRY).toString()));
  }
}
