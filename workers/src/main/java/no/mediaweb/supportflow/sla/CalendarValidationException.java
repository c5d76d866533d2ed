package no.mediaweb.supportflow.sla;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.common.BusinessRuleException;

/**
 * A calendar that cannot be saved, with a message per field so that a form can show each one on
 * its field. The message of the exception names every field ("Time zone: ...").
 */
public class CalendarValidationException extends BusinessRuleException {

  public static final String CODE = "code";
  public static final String NAME = "name";
  public static final String ZONE = "zone";
  public static final String HOLIDAY_COUNTRY = "holidayCountry";
  public static final String DEFAULT = "isDefault";
  /** The week as a whole (no open hours at all). */
  public static final String HOURS = "hours";
  public static final String CUSTOM_HOLIDAYS = "customHolidays";
  public static final String BREAKS = "breaks";

  private static final Map<String, String> LABELS =
      Map.of(
          CODE, "Code",
          NAME, "Name",
          ZONE, "Time zone",
          HOLIDAY_COUNTRY, "Holiday country",
          DEFAULT, "Default",
          HOURS, "Opening hours",
          CUSTOM_HOLIDAYS, "Holidays",
          BREAKS, "Breaks");

  private final Map<String, String> fieldErrors;

  public CalendarValidationException(Map<String, String> fieldErrors) {
    super(describe(fieldErrors));
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  public static CalendarValidationException of(String field, String message) {
    return new CalendarValidationException(Map.of(field, message));
  }

  /** The field key of one weekday's hours: {@code hours.MONDAY}. */
  public static String hoursOf(DayOfWeek day) {
    return HOURS + "." + day.name();
  }

  /** Field key to message, in the order found. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  private static String describe(Map<String, String> errors) {
    return errors.entrySet().stream()
        .map(e -> label(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String label(String field) {
    if (field.startsWith(HOURS + ".")) {
      String day = field.substring(HOURS.length() + 1);
      return day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT);
    }
    return LABELS.getOrDefault(field, field);
  }
}
