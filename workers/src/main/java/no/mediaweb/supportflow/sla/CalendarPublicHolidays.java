package no.mediaweb.supportflow.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Public holidays per country from Jollyday. A country is one of Jollyday's calendars ({@link
 * HolidayCalendar}: ISO codes such as {@code NO}, {@code GB}, {@code US}, and a few markets such as
 * {@code TARGET}). National public and bank holidays count; observances (days that are not days
 * off) do not, and a holiday moved to a weekday (the UK's Boxing Day on a Saturday) closes the day
 * it is observed on. Regional holidays (German states, US states) are not included.
 */
final class CalendarPublicHolidays {

  private static volatile Map<String, String> countries;

  /** Jollyday's code for {@code country} ("no" → "NO"), empty when Jollyday does not know it. */
  static Optional<String> normalise(String country) {
    return calendar(country).map(HolidayCalendar::getId);
  }

  /** Every calendar Jollyday knows, code to English name, sorted by name. Loaded once (≈0.3 s). */
  static Map<String, String> countries() {
    Map<String, String> known = countries;
    if (known == null) {
      known =
          Arrays.stream(HolidayCalendar.values())
              .map(c -> Map.entry(c.getId(), describe(c)))
              .sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
      countries = known;
    }
    return known;
  }

  /** The days off in {@code [from, to]} of {@code country} (a code {@link #normalise} accepts), sorted. */
  static List<CalendarDefinition.Holiday> between(String country, LocalDate from, LocalDate to) {
    HolidayCalendar calendar =
        calendar(country).orElseThrow(() -> new IllegalArgumentException("unknown holiday country " + country));
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(calendar));
    return IntStream.rangeClosed(from.getYear(), to.getYear())
        .boxed()
        .flatMap(year -> manager.getHolidays(Year.of(year)).stream())
        .filter(h -> h.getType() != HolidayType.OBSERVANCE)
        .filter(h -> !h.getDate().isBefore(from) && !h.getDate().isAfter(to))
        .sorted(Comparator.comparing(Holiday::getDate))
        .map(h -> new CalendarDefinition.Holiday(h.getDate(), h.getDescription(Locale.ENGLISH)))
        .toList();
  }

  private static String describe(HolidayCalendar calendar) {
    try {
      return HolidayManager.getInstance(ManagerParameters.create(calendar)).getCalendarHierarchy().getDescription(Locale.ENGLISH);
    } catch (RuntimeException e) {
      String name = Locale.of("", calendar.getId()).getDisplayCountry(Locale.ENGLISH);
      return name.isBlank() ? calendar.getId() : name;
    }
  }

  private static Optional<HolidayCalendar> calendar(String country) {
    if (country == null || country.isBlank()) {
      return Optional.empty();
    }
    String wanted = country.trim();
    return Arrays.stream(HolidayCalendar.values()).filter(c -> c.getId().equalsIgnoreCase(wanted)).findFirst();
  }

  private CalendarPublicHolidays() {}
}
