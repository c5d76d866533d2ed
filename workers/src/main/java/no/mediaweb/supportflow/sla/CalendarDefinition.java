package no.mediaweb.supportflow.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;

/**
 * One stored business calendar as an administrator edits it: an instance of a calendar code for
 * one time zone. Values are kept as entered; {@link CalendarAdminService} validates them.
 *
 * @param id the database id; {@code null} for a calendar not saved yet
 * @param code the code SLA policies name, such as {@code business-hours}
 * @param name a human-readable name
 * @param zone the IANA time zone id in which hours, holidays and breaks are read ("Europe/Oslo")
 * @param holidayCountry a Jollyday calendar code ("NO", "GB", ...) whose public holidays close the
 *     calendar; {@code null} for none
 * @param isDefault whether this is the code's default instance, used for customers in zones that
 *     have no instance of their own
 * @param weeklyHours the opening hours per weekday; a closed day has no entry (empty lists are dropped)
 * @param customHolidays dates closed all day besides the public holidays
 * @param breaks closed intervals on particular dates (a half day before Christmas); no empty lists
 */
public record CalendarDefinition(
    Long id,
    String code,
    String name,
    String zone,
    String holidayCountry,
    boolean isDefault,
    Map<DayOfWeek, List<LocalInterval>> weeklyHours,
    List<Holiday> customHolidays,
    Map<LocalDate, List<LocalInterval>> breaks) {

  private static final String[] SHORT_DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  public CalendarDefinition {
    EnumMap<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(DayOfWeek.class);
    if (weeklyHours != null) {
      weeklyHours.forEach((day, list) -> {
        if (list != null && !list.isEmpty()) {
          hours.put(day, sorted(list));
        }
      });
    }
    weeklyHours = Collections.unmodifiableMap(hours);
    customHolidays = customHolidays == null ? List.of() : List.copyOf(customHolidays);
    TreeMap<LocalDate, List<LocalInterval>> closed = new TreeMap<>();
    if (breaks != null) {
      breaks.forEach((date, list) -> {
        if (list != null && !list.isEmpty()) {
          closed.put(date, sorted(list));
        }
      });
    }
    breaks = Collections.unmodifiableMap(closed);
  }

  /** A day closed all day, with the reason shown to people. */
  public record Holiday(LocalDate date, String name) {

    public Holiday {
      Objects.requireNonNull(date, "date");
    }
  }

  /** The opening hours of {@code day}, sorted; empty when the day is closed. */
  public List<LocalInterval> hours(DayOfWeek day) {
    return weeklyHours.getOrDefault(day, List.of());
  }

  /** The zone as a {@link ZoneId}. @throws java.time.DateTimeException if it is not a valid zone id */
  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  public CalendarDefinition withWeeklyHours(Map<DayOfWeek, List<LocalInterval>> hours) {
    return new CalendarDefinition(id, code, name, zone, holidayCountry, isDefault, hours, customHolidays, breaks);
  }

  /** The week in one line: "Mon–Fri 09:00–18:00", "Mon–Sun 00:00–24:00", "closed". */
  public String weeklySummary() {
    List<String> parts = new ArrayList<>();
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < days.length) {
      List<LocalInterval> hours = hours(days[i]);
      int j = i;
      while (j + 1 < days.length && hours(days[j + 1]).equals(hours)) {
        j++;
      }
      if (!hours.isEmpty()) {
        String range = i == j ? SHORT_DAYS[i] : SHORT_DAYS[i] + "–" + SHORT_DAYS[j];
        parts.add(range + " " + hours.stream().map(LocalInterval::toString).collect(Collectors.joining(", ")));
      }
      i = j + 1;
    }
    return parts.isEmpty() ? "closed" : String.join("; ", parts);
  }

  /**
   * Parses hours as typed in the editor: {@code "09:00-12:00, 13:00-18:00"}; empty text is a
   * closed day. An end of {@code 24:00} is the end of the day; the en dash "–" works like "-".
   *
   * @throws IllegalArgumentException with a message for the person when the text does not parse
   */
  public static List<LocalInterval> parseIntervals(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<LocalInterval> intervals = new ArrayList<>();
    for (String part : text.split("[,;]")) {
      String trimmed = part.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] ends = trimmed.split("\\s*[-–]\\s*");
      if (ends.length != 2) {
        throw new IllegalArgumentException("Write hours as 09:00-12:00, 13:00-18:00 (\"" + trimmed + "\" is not a range)");
      }
      String start = normalise(ends[0]);
      String end = normalise(ends[1]);
      try {
        intervals.add(LocalInterval.parse(start, end));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "\"" + trimmed + "\": use HH:mm-HH:mm with the start before the end (24:00 may end a day)", e);
      }
    }
    Collections.sort(intervals);
    return List.copyOf(intervals);
  }

  /** The inverse of {@link #parseIntervals}: {@code "09:00-12:00, 13:00-18:00"}, empty when closed. */
  public static String formatIntervals(List<LocalInterval> intervals) {
    return intervals.stream()
        .sorted()
        .map(interval -> interval.toString().replace('–', '-'))
        .collect(Collectors.joining(", "));
  }

  /** "9:00" becomes "09:00", so people may leave out the leading zero. */
  private static String normalise(String time) {
    String t = time.trim();
    return t.matches("\\d:\\d\\d(:\\d\\d)?") ? "0" + t : t;
  }

  private static List<LocalInterval> sorted(List<LocalInterval> intervals) {
    if (intervals == null) {
      return List.of();
    }
    List<LocalInterval> copy = new ArrayList<>(intervals);
    Collections.sort(copy);
    return List.copyOf(copy);
  }
}
