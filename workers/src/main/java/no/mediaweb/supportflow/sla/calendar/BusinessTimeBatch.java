package no.mediaweb.supportflow.sla.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The business-time arithmetic as a batch command: reads a JSON array of cases on standard input and
 * writes a JSON array of answers, in the same order, on standard output.
 *
 * <p>A case is {@code {"id": ..., "calendar": {"time_zone": "Europe/Oslo", "weekly_hours": {"mon":
 * [["09:00","18:00"]], ...}, "holidays": ["2026-12-25"], "breaks": {"2026-12-24":
 * [["12:00","18:00"]]}}, "pauses": [["2026-12-01T10:00:00+01:00", "2026-12-01T11:00:00+01:00"]],
 * "start": "2026-12-01T09:00:00+01:00"}} with either {@code "duration_minutes": N}, answered {@code
 * {"id": ..., "due": "2026-12-02T09:30:00+01:00"}} (in the calendar zone's offset at that instant,
 * seconds always shown, {@code +00:00} for UTC), or {@code "end": "<ISO-8601 with offset>"},
 * answered {@code {"id": ..., "business_seconds": N}} (whole seconds). Weekdays are {@code mon} to
 * {@code sun}; a missing weekday is closed; {@code holidays}, {@code breaks} and {@code pauses} are
 * optional; {@code 24:00} may end an interval. A bad case is answered {@code {"id": ...,
 * "error": "<why>"}} and the others are still answered; the id is echoed as given, null if absent.
 *
 * <p>Exit code 0, or 2 with a message on standard error when the input is not a JSON array.
 */
public final class BusinessTimeBatch {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Date, time with seconds always, a fraction only when there is one, and {@code +00:00} for UTC. */
  static final DateTimeFormatter DUE_FORMAT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .appendOffset("+HH:MM:ss", "+00:00")
          .toFormatter(Locale.ROOT);

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "mon", DayOfWeek.MONDAY,
          "tue", DayOfWeek.TUESDAY,
          "wed", DayOfWeek.WEDNESDAY,
          "thu", DayOfWeek.THURSDAY,
          "fri", DayOfWeek.FRIDAY,
          "sat", DayOfWeek.SATURDAY,
          "sun", DayOfWeek.SUNDAY);

  private BusinessTimeBatch() {}

  public static void main(String[] args) {
    int status = run(System.in, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Answers the cases read from {@code in} on {@code out}.
   *
   * @return 0, or 2 (after a message on {@code err}) when the input is not a JSON array
   */
  public static int run(InputStream in, OutputStream out, PrintStream err) {
    JsonNode cases;
    try {
      cases = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      err.println("business-time: the input is not valid JSON: " + e.getOriginalMessage());
      return 2;
    } catch (IOException e) {
      err.println("business-time: cannot read the input: " + e.getMessage());
      return 2;
    }
    if (cases == null || !cases.isArray()) {
      err.println("business-time: the input must be a JSON array of cases");
      return 2;
    }
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write("[");
      Iterator<JsonNode> elements = cases.elements();
      boolean first = true;
      while (elements.hasNext()) {
        writer.write(first ? "\n" : ",\n");
        writer.write(JSON.writeValueAsString(answer(elements.next())));
        first = false;
      }
      writer.write(first ? "]\n" : "\n]\n");
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  /** The answer to one case: its due instant, its business seconds, or why it cannot be answered. */
  static ObjectNode answer(JsonNode input) {
    ObjectNode answer = JSON.createObjectNode();
    JsonNode id = input.isObject() && input.has("id") ? input.get("id") : NullNode.getInstance();
    answer.set("id", id);
    try {
      if (!input.isObject()) {
        throw new BadCase("a case must be a JSON object");
      }
      BusinessCalendar calendar = calendar(required(input, "calendar"));
      List<Pause> pauses = pauses(input.get("pauses"));
      Instant start = instant(required(input, "start"), "start");
      JsonNode minutes = optional(input, "duration_minutes");
      JsonNode end = optional(input, "end");
      if (minutes != null && end != null) {
        throw new BadCase("give either duration_minutes or end, not both");
      }
      if (minutes == null && end == null) {
        throw new BadCase("missing field: give duration_minutes or end");
      }
      if (minutes != null) {
        if (!minutes.isIntegralNumber() || !minutes.canConvertToLong()) {
          throw new BadCase("duration_minutes must be a whole number, not " + minutes);
        }
        if (minutes.asLong() < 0) {
          throw new BadCase("duration_minutes must not be negative: " + minutes.asLong());
        }
        Instant due = calendar.add(start, Duration.ofMinutes(minutes.asLong()), pauses);
        answer.put("due", DUE_FORMAT.format(due.atZone(calendar.zone())));
      } else {
        if (!calendar.hasOpenHours()) {
          throw new BadCase("calendar has no open hours");
        }
        Duration elapsed = calendar.elapsed(start, instant(end, "end"), pauses);
        answer.put("business_seconds", elapsed.getSeconds());
      }
    } catch (BadCase | IllegalArgumentException | DateTimeException | ArithmeticException e) {
      answer.removeAll();
      answer.set("id", id);
      answer.put("error", e.getMessage());
    }
    return answer;
  }

  private static BusinessCalendar calendar(JsonNode node) {
    if (!node.isObject()) {
      throw new BadCase("calendar must be a JSON object");
    }
    String zoneName = text(required(node, "time_zone", "calendar."), "calendar.time_zone");
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneName);
    } catch (DateTimeException e) {
      throw new BadCase("unknown time zone \"" + zoneName + "\" in calendar.time_zone");
    }
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    JsonNode weekly = required(node, "weekly_hours", "calendar.");
    if (!weekly.isObject()) {
      throw new BadCase("calendar.weekly_hours must be a JSON object of weekdays");
    }
    weekly.properties().forEach(day -> {
      DayOfWeek dayOfWeek = WEEKDAYS.get(day.getKey().toLowerCase(Locale.ROOT));
      if (dayOfWeek == null) {
        throw new BadCase("unknown weekday \"" + day.getKey() + "\" in calendar.weekly_hours (use mon, tue, wed, thu, fri, sat, sun)");
      }
      for (LocalInterval hours : intervals(day.getValue(), "calendar.weekly_hours." + day.getKey())) {
        builder.open(dayOfWeek, hours);
      }
    });
    JsonNode holidays = optional(node, "holidays");
    if (holidays != null) {
      if (!holidays.isArray()) {
        throw new BadCase("calendar.holidays must be a JSON array of dates");
      }
      for (JsonNode holiday : holidays) {
        builder.holiday(date(holiday, "calendar.holidays"));
      }
    }
    JsonNode breaks = optional(node, "breaks");
    if (breaks != null) {
      if (!breaks.isObject()) {
        throw new BadCase("calendar.breaks must be a JSON object of dates");
      }
      breaks.properties().forEach(entry -> {
        LocalDate date = date(entry.getKey(), "calendar.breaks");
        for (LocalInterval closed : intervals(entry.getValue(), "calendar.breaks." + entry.getKey())) {
          builder.breakOn(date, closed);
        }
      });
    }
    return builder.build();
  }

  private static List<LocalInterval> intervals(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new BadCase(where + " must be a JSON array of [start, end] pairs");
    }
    List<LocalInterval> intervals = new ArrayList<>();
    for (JsonNode pair : node) {
      if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
        throw new BadCase(where + ": expected a [\"HH:mm\", \"HH:mm\"] pair, not " + pair);
      }
      try {
        intervals.add(LocalInterval.parse(pair.get(0).asText(), pair.get(1).asText()));
      } catch (IllegalArgumentException e) {
        throw new BadCase(where + ": " + e.getMessage());
      }
    }
    return intervals;
  }

  private static List<Pause> pauses(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new BadCase("pauses must be a JSON array of [from, to] pairs");
    }
    List<Pause> pauses = new ArrayList<>();
    for (JsonNode pair : node) {
      if (!pair.isArray() || pair.size() != 2) {
        throw new BadCase("pauses: expected a [from, to] pair of instants, not " + pair);
      }
      Instant from = instant(pair.get(0), "pauses");
      Instant to = instant(pair.get(1), "pauses");
      if (to.isBefore(from)) {
        throw new BadCase("pauses: a pause must not end before it starts: " + pair);
      }
      pauses.add(Pause.between(from, to));
    }
    return pauses;
  }

  private static Instant instant(JsonNode node, String where) {
    String text = text(node, where);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw new BadCase(where + ": bad instant \"" + text + "\" (use ISO-8601 with an offset, e.g. 2026-12-01T09:00:00+01:00)");
    }
  }

  private static LocalDate date(JsonNode node, String where) {
    return date(text(node, where), where);
  }

  private static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new BadCase(where + ": bad date \"" + text + "\" (use yyyy-MM-dd)");
    }
  }

  private static String text(JsonNode node, String where) {
    if (node == null || !node.isTextual()) {
      throw new BadCase(where + " must be a string, not " + node);
    }
    return node.asText();
  }

  private static JsonNode required(JsonNode object, String field) {
    return required(object, field, "");
  }

  private static JsonNode required(JsonNode object, String field, String path) {
    JsonNode value = optional(object, field);
    if (value == null) {
      throw new BadCase("missing field \"" + path + field + "\"");
    }
    return value;
  }

  private static JsonNode optional(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value == null || value.isNull() ? null : value;
  }

  /** A case that cannot be answered, with the reason for its {@code error}. */
  private static final class BadCase extends RuntimeException {
    BadCase(String message) {
      super(message, null, false, false);
    }
  }
}
