package no.mediaweb.supportflow.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON batch command, driven through its stream entry point. */
class BusinessTimeBatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String OSLO_OFFICE =
      """
      {"time_zone": "Europe/Oslo",
       "weekly_hours": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]], "wed": [["09:00","18:00"]],
                        "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]], "sat": [], "sun": []},
       "holidays": ["2026-12-25"],
       "breaks": {"2026-12-24": [["12:00","18:00"]]}}
      """;

  private String out;
  private String err;

  private int run(String input) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status =
        BusinessTimeBatch.run(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), stdout, new PrintStream(stderr, true, StandardCharsets.UTF_8));
    out = stdout.toString(StandardCharsets.UTF_8);
    err = stderr.toString(StandardCharsets.UTF_8);
    return status;
  }

  private JsonNode answers(String input) throws Exception {
    assertThat(run(input)).as(err).isZero();
    assertThat(err).isEmpty();
    return JSON.readTree(out);
  }

  @Test
  void a_duration_is_answered_with_the_due_instant_in_the_calendar_zone() throws Exception {
    JsonNode answers =
        answers("[{\"id\": \"a\", \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-04T17:30:00+01:00\", \"duration_minutes\": 60}]");
    assertThat(answers.toString()).isEqualTo("[{\"id\":\"a\",\"due\":\"2026-12-07T09:30:00+01:00\"}]");
  }

  @Test
  void the_due_instant_is_shown_in_the_calendar_zone_whatever_the_offset_of_the_start() throws Exception {
    JsonNode answers =
        answers("[{\"id\": 1, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T08:00:00Z\", \"duration_minutes\": 30}]");
    assertThat(answers.get(0).get("due").asText()).isEqualTo("2026-12-01T09:30:00+01:00");
  }

  @Test
  void utc_is_written_as_plus_zero_and_fractions_only_when_there_are_any() throws Exception {
    String utc = "{\"time_zone\": \"UTC\", \"weekly_hours\": {\"mon\": [[\"00:00\", \"24:00\"]]}}";
    JsonNode answers =
        answers(
            "[{\"id\": 1, \"calendar\": " + utc + ", \"start\": \"2026-11-30T10:00:00Z\", \"duration_minutes\": 90},"
                + " {\"id\": 2, \"calendar\": " + utc + ", \"start\": \"2026-11-30T10:00:00.5Z\", \"duration_minutes\": 1}]");
    assertThat(answers.get(0).get("due").asText()).isEqualTo("2026-11-30T11:30:00+00:00");
    assertThat(answers.get(1).get("due").asText()).isEqualTo("2026-11-30T10:01:00.5+00:00");
  }

  @Test
  void an_end_is_answered_with_whole_business_seconds() throws Exception {
    JsonNode answers =
        answers("[{\"id\": \"b\", \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-04T17:00:00+01:00\", \"end\": \"2026-12-07T10:00:00+01:00\"}]");
    assertThat(answers.toString()).isEqualTo("[{\"id\":\"b\",\"business_seconds\":7200}]");
  }

  @Test
  void holidays_breaks_and_pauses_are_honoured() throws Exception {
    JsonNode answers =
        answers(
            "[{\"id\": \"xmas\", \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-24T11:00:00+01:00\", \"duration_minutes\": 120},"
                + " {\"id\": \"paused\", \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T09:00:00+01:00\", \"duration_minutes\": 120,"
                + "  \"pauses\": [[\"2026-12-01T10:00:00+01:00\", \"2026-12-01T11:00:00+01:00\"]]}]");
    // 11:00–12:00 on the 24th, the break, the 25th a holiday, the weekend, then Monday 09:00–10:00
    assertThat(answers.get(0).get("due").asText()).isEqualTo("2026-12-28T10:00:00+01:00");
    assertThat(answers.get(1).get("due").asText()).isEqualTo("2026-12-01T12:00:00+01:00");
  }

  @Test
  void bad_cases_get_an_error_each_and_the_good_ones_are_still_answered_in_order() throws Exception {
    String input =
        "["
            + "{\"id\": 1, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 60},"
            + "{\"id\": 2, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\"},"
            + "{\"id\": 3, \"calendar\": {\"time_zone\": \"Europe/Olso\", \"weekly_hours\": {}}, \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 1},"
            + "{\"id\": 4, \"calendar\": {\"time_zone\": \"UTC\", \"weekly_hours\": {\"mon\": [[\"09:00\", \"25:00\"]]}}, \"start\": \"2026-12-01T10:00:00Z\", \"duration_minutes\": 1},"
            + "{\"id\": 5, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 1, \"end\": \"2026-12-02T10:00:00+01:00\"},"
            + "{\"id\": 6, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": -5},"
            + "{\"id\": 7, \"calendar\": {\"time_zone\": \"UTC\", \"weekly_hours\": {\"mon\": [[\"09:00\", \"12:00\"], [\"11:00\", \"13:00\"]]}}, \"start\": \"2026-12-01T10:00:00Z\", \"duration_minutes\": 1},"
            + "{\"id\": 8, \"calendar\": {\"time_zone\": \"UTC\", \"weekly_hours\": {}}, \"start\": \"2026-12-01T10:00:00Z\", \"duration_minutes\": 1},"
            + "{\"calendar\": " + OSLO_OFFICE + ", \"duration_minutes\": 1},"
            + "{\"id\": 10, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01 10:00\", \"duration_minutes\": 1},"
            + "{\"id\": 11, \"calendar\": {\"time_zone\": \"UTC\", \"weekly_hours\": {}}, \"start\": \"2026-12-01T10:00:00Z\", \"end\": \"2026-12-02T10:00:00Z\"},"
            + "{\"id\": 12, \"calendar\": {\"time_zone\": \"UTC\", \"weekly_hours\": {\"someday\": []}}, \"start\": \"2026-12-01T10:00:00Z\", \"duration_minutes\": 1},"
            + "{\"id\": 13, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 1.5},"
            + "{\"id\": 14, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 1,"
            + "  \"pauses\": [[\"2026-12-01T11:00:00+01:00\", \"2026-12-01T10:00:00+01:00\"]]},"
            + "42,"
            + "{\"id\": \"last\", \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"end\": \"2026-12-01T10:30:00+01:00\"}"
            + "]";
    JsonNode answers = answers(input);
    assertThat(answers).hasSize(16);
    assertThat(answers.get(0).toString()).isEqualTo("{\"id\":1,\"due\":\"2026-12-01T11:00:00+01:00\"}");
    assertThat(error(answers, 1)).isEqualTo("missing field: give duration_minutes or end");
    assertThat(error(answers, 2)).isEqualTo("unknown time zone \"Europe/Olso\" in calendar.time_zone");
    assertThat(error(answers, 3)).contains("calendar.weekly_hours.mon", "bad time \"25:00\"");
    assertThat(error(answers, 4)).isEqualTo("give either duration_minutes or end, not both");
    assertThat(error(answers, 5)).isEqualTo("duration_minutes must not be negative: -5");
    assertThat(error(answers, 6)).isEqualTo("opening hours on MONDAY overlap: 09:00–12:00 and 11:00–13:00");
    assertThat(error(answers, 7)).isEqualTo("calendar has no open hours");
    assertThat(answers.get(8).get("id").isNull()).isTrue();
    assertThat(error(answers, 8)).isEqualTo("missing field \"start\"");
    assertThat(error(answers, 9)).startsWith("start: bad instant \"2026-12-01 10:00\"");
    assertThat(error(answers, 10)).isEqualTo("calendar has no open hours");
    assertThat(error(answers, 11)).startsWith("unknown weekday \"someday\"");
    assertThat(error(answers, 12)).startsWith("duration_minutes must be a whole number");
    assertThat(error(answers, 13)).startsWith("pauses: a pause must not end before it starts");
    assertThat(answers.get(14).get("id").isNull()).isTrue();
    assertThat(error(answers, 14)).isEqualTo("a case must be a JSON object");
    assertThat(answers.get(15).toString()).isEqualTo("{\"id\":\"last\",\"business_seconds\":1800}");
    for (int i = 1; i < 15; i++) {
      assertThat(answers.get(i).has("due") || answers.get(i).has("business_seconds")).as("answer %d", i).isFalse();
    }
  }

  @Test
  void ids_are_echoed_exactly_as_given() throws Exception {
    JsonNode answers =
        answers(
            "[{\"id\": 7, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 0},"
                + "{\"id\": \"7\", \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 0},"
                + "{\"id\": null, \"calendar\": " + OSLO_OFFICE + ", \"start\": \"2026-12-01T10:00:00+01:00\", \"duration_minutes\": 0}]");
    assertThat(answers.get(0).get("id").isInt()).isTrue();
    assertThat(answers.get(1).get("id").isTextual()).isTrue();
    assertThat(answers.get(2).get("id").isNull()).isTrue();
    assertThat(answers.get(0).get("due").asText()).isEqualTo("2026-12-01T10:00:00+01:00");
  }

  @Test
  void an_empty_array_gives_an_empty_array() throws Exception {
    assertThat(answers("[]").isArray()).isTrue();
    assertThat(answers("[]")).isEmpty();
  }

  @Test
  void input_that_is_not_an_array_exits_with_2_and_a_message_on_stderr_only() {
    assertThat(run("{\"id\": 1}")).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err).contains("must be a JSON array");
  }

  @Test
  void input_that_is_not_json_exits_with_2() {
    assertThat(run("[{\"id\": 1,")).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err).contains("not valid JSON");
    assertThat(run("")).isEqualTo(2);
    assertThat(run("[] trailing")).isEqualTo(2);
  }

  private static String error(JsonNode answers, int index) {
    JsonNode error = answers.get(index).get("error");
    assertThat(error).as("error of answer %d: %s", index, answers.get(index)).isNotNull();
    return error.asText();
  }
}
