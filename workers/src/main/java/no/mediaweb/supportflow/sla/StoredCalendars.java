package no.mediaweb.supportflow.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import no.mediaweb.supportflow.sla.calendar.BusinessCalendar;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import org.springframework.stereotype.Component;

/**
 * The business calendars stored in the database, resolved for a customer's time zone and cached.
 *
 * <h2>Which calendar a customer gets</h2>
 *
 * For {@code calendarFor(code, customerZone)}:
 *
 * <ol>
 *   <li>If an instance of {@code code} is stored for exactly {@code customerZone} (the same IANA
 *       id), the customer gets that instance as stored: its weekly hours, custom holidays and
 *       breaks, and the public holidays of its holiday country, all read in that zone.
 *   <li>Otherwise the customer gets the code's <em>default</em> instance <em>re-zoned</em>: its
 *       weekly hours, custom holidays and breaks read as local times and dates in the customer's
 *       zone (09:00–18:00 means 09:00–18:00 where the customer is), but <strong>without public
 *       holidays</strong>. A default's holiday country belongs to the zone it is stored for; a
 *       customer elsewhere most likely lives under another country's holidays, and the zone alone
 *       does not say which. To give customers in a zone their public holidays, store an instance
 *       of the code for that zone with its holiday country.
 *   <li>A code with no stored instance is an error: {@link IllegalArgumentException}.
 * </ol>
 *
 * Public holidays are those of the years from last year to three years ahead (by the injected
 * {@link Clock}); dates outside that window have none. Resolved calendars are cached per code and
 * zone; {@link CalendarAdminService} evicts the cache after every committed save or delete, and the
 * cache renews itself when the year changes.
 */
@Component
public class StoredCalendars implements CalendarCatalog {

  /** Public holidays are loaded for this many years before the current one ... */
  static final int YEARS_BACK = 1;

  /** ... and this many after it. */
  static final int YEARS_AHEAD = 3;

  private final CalendarRepository repository;
  private final Clock clock;

  /** Replaced as a whole on eviction: a resolution that read old rows puts into the old map. */
  private volatile Cache cache;

  StoredCalendars(CalendarRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
    this.cache = new Cache(LocalDate.now(clock).getYear());
  }

  @Override
  public BusinessCalendar calendarFor(String code, ZoneId customerZone) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(customerZone, "customerZone");
    Cache current = currentCache();
    Key key = new Key(code, customerZone);
    BusinessCalendar cached = current.calendars.get(key);
    if (cached != null) {
      return cached;
    }
    BusinessCalendar resolved = resolve(code, customerZone, current.year);
    BusinessCalendar raced = current.calendars.putIfAbsent(key, resolved);
    return raced != null ? raced : resolved;
  }

  /** Forgets every resolved calendar; the next {@link #calendarFor} reads the database again. */
  public void evictAll() {
    cache = new Cache(LocalDate.now(clock).getYear());
  }

  private Cache currentCache() {
    Cache current = cache;
    int year = LocalDate.now(clock).getYear();
    if (current.year != year) {
      current = new Cache(year);
      cache = current;
    }
    return current;
  }

  private BusinessCalendar resolve(String code, ZoneId customerZone, int year) {
    var exact = repository.findByCodeAndZone(code, customerZone.getId());
    if (exact.isPresent()) {
      return build(exact.get(), customerZone, true, year);
    }
    CalendarDefinition fallback =
        repository
            .findDefault(code)
            .orElseThrow(() -> new IllegalArgumentException("no business calendar has the code \"" + code + "\""));
    return build(fallback, customerZone, false, year);
  }

  /**
   * {@code definition} as a calendar in {@code zone}, with the public holidays of its country for
   * the years around {@code year} when {@code withPublicHolidays}.
   */
  static BusinessCalendar build(CalendarDefinition definition, ZoneId zone, boolean withPublicHolidays, int year) {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    for (Map.Entry<DayOfWeek, List<LocalInterval>> day : definition.weeklyHours().entrySet()) {
      day.getValue().forEach(interval -> builder.open(day.getKey(), interval));
    }
    definition.customHolidays().forEach(holiday -> builder.holiday(holiday.date()));
    definition.breaks().forEach((date, intervals) -> intervals.forEach(interval -> builder.breakOn(date, interval)));
    if (withPublicHolidays && definition.holidayCountry() != null && !definition.holidayCountry().isBlank()) {
      CalendarPublicHolidays.between(
              definition.holidayCountry(),
              LocalDate.of(year - YEARS_BACK, 1, 1),
              LocalDate.of(year + YEARS_AHEAD, 12, 31))
          .forEach(holiday -> builder.holiday(holiday.date()));
    }
    return builder.build();
  }

  private record Key(String code, ZoneId zone) {}

  private static final class Cache {
    final int year;
    final Map<Key, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    Cache(int year) {
      this.year = year;
    }
  }
}
