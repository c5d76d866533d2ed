package no.mediaweb.supportflow.sla;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.sla.calendar.BusinessCalendar;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administration of the business calendars: every staff role may read them, only administrators
 * change them. A save writes the calendar with its hours, holidays and breaks in one transaction,
 * or nothing; after the commit {@link StoredCalendars} forgets what it had resolved.
 *
 * <p>Rules kept here: a code always has exactly one default instance (making one the default takes
 * it from the others; the default cannot be un-set or deleted, only moved by making another
 * instance the default); code and zone together are unique; a saved calendar keeps its code.
 */
@Service
@PreAuthorize(StaffRoles.ANY_STAFF)
public class CalendarAdminService {

  static final String ADMIN = "hasRole('ADMIN')";

  private static final int MAX_NAME = 200;
  private static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  private final CalendarRepository repository;
  private final StoredCalendars calendars;
  private final Clock clock;

  CalendarAdminService(CalendarRepository repository, StoredCalendars calendars, Clock clock) {
    this.repository = repository;
    this.calendars = calendars;
    this.clock = clock;
  }

  /** All calendars, by code, each code's default first. */
  @Transactional(readOnly = true)
  public List<CalendarDefinition> list() {
    return repository.findAll();
  }

  /** @throws NotFoundException when there is no such calendar */
  @Transactional(readOnly = true)
  public CalendarDefinition load(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("No business calendar " + id));
  }

  /**
   * Creates ({@code id == null}) or updates the calendar and returns it as stored.
   *
   * @throws CalendarValidationException naming the fields that are wrong; nothing is written
   * @throws NotFoundException when updating a calendar that no longer exists
   */
  @Transactional
  @PreAuthorize(ADMIN)
  public CalendarDefinition save(CalendarDefinition definition) {
    CalendarDefinition calendar = validated(definition, false);
    List<CalendarDefinition> sameCode = repository.lockCode(calendar.code());
    Optional<CalendarDefinition> before = Optional.empty();
    if (calendar.id() != null) {
      before = repository.findById(calendar.id());
      CalendarDefinition stored = before.orElseThrow(() -> new NotFoundException("No business calendar " + calendar.id()));
      if (!stored.code().equals(calendar.code())) {
        throw CalendarValidationException.of(
            CalendarValidationException.CODE,
            "A saved calendar keeps its code (" + stored.code() + "); create a new calendar for another code");
      }
    }
    checkZoneIsFree(calendar, sameCode);
    checkDefault(calendar, before, sameCode);

    Instant now = clock.instant();
    if (calendar.isDefault()) {
      repository.clearDefault(calendar.code(), now);
    }
    long id;
    try {
      if (calendar.id() == null) {
        id = repository.insert(calendar, now);
      } else {
        repository.update(calendar, now);
        id = calendar.id();
      }
    } catch (DuplicateKeyException e) {
      // a concurrent save of the same code and zone won the race
      throw zoneTaken(calendar);
    }
    evictAfterCommit();
    return repository.findById(id).orElseThrow();
  }

  /**
   * Deletes a calendar that is not its code's default.
   *
   * @throws no.mediaweb.supportflow.common.BusinessRuleException for a default instance
   */
  @Transactional
  @PreAuthorize(ADMIN)
  public void delete(long id) {
    CalendarDefinition calendar = load(id);
    repository.lockCode(calendar.code());
    CalendarDefinition current = load(id);
    if (current.isDefault()) {
      throw CalendarValidationException.of(
          CalendarValidationException.DEFAULT,
          "\"" + current.name() + "\" is the default calendar of " + current.code()
              + " and cannot be deleted: SLA policies name the code, and customers in zones without"
              + " their own calendar use its default. Make another calendar of " + current.code()
              + " the default first.");
    }
    repository.delete(id);
    evictAfterCommit();
  }

  /**
   * The due instant of {@code target} from {@code start} on {@code definition} as it stands,
   * saved or not, with its country's public holidays: the editor's live preview.
   *
   * @throws CalendarValidationException when the definition could not be saved as it is
   */
  public Instant preview(CalendarDefinition definition, Duration target, Instant start) {
    CalendarDefinition calendar = validated(definition, true);
    int year = LocalDate.ofInstant(start, calendar.zoneId()).getYear();
    BusinessCalendar business = StoredCalendars.build(calendar, calendar.zoneId(), true, year);
    try {
      return business.add(start, target);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw CalendarValidationException.of(CalendarValidationException.HOURS, "The calendar is never open: " + e.getMessage());
    }
  }

  /** The next {@code limit} public holidays of {@code country} from {@code from} on (within two years). */
  public List<CalendarDefinition.Holiday> upcomingPublicHolidays(String country, LocalDate from, int limit) {
    if (CalendarPublicHolidays.normalise(country).isEmpty()) {
      return List.of();
    }
    return CalendarPublicHolidays.between(country, from, from.plusYears(2)).stream().limit(limit).toList();
  }

  /** The countries whose public holidays a calendar can follow: code to English name, sorted by name. */
  public Map<String, String> holidayCountries() {
    return CalendarPublicHolidays.countries();
  }

  // ---- rules --------------------------------------------------------------------------------------

  /**
   * The definition trimmed and normalised (code in lower case, the country as Jollyday spells it),
   * or every field error found at once. A preview needs no code nor name yet.
   */
  private static CalendarDefinition validated(CalendarDefinition d, boolean forPreview) {
    Map<String, String> errors = new LinkedHashMap<>();

    String code = d.code() == null ? "" : d.code().trim().toLowerCase(Locale.ROOT);
    String name = d.name() == null ? "" : d.name().trim();
    if (!forPreview) {
      if (code.isEmpty()) {
        errors.put(CalendarValidationException.CODE, "Enter a code, such as business-hours");
      } else if (code.length() > 40 || !code.matches(CODE_PATTERN)) {
        errors.put(CalendarValidationException.CODE, "Use at most 40 lower-case letters, digits and single hyphens, such as business-hours");
      }
      if (name.isEmpty()) {
        errors.put(CalendarValidationException.NAME, "Enter a name");
      } else if (name.length() > MAX_NAME) {
        errors.put(CalendarValidationException.NAME, "Use at most " + MAX_NAME + " characters");
      }
    }

    String zone = d.zone() == null ? "" : d.zone().trim();
    if (zone.isEmpty()) {
      errors.put(CalendarValidationException.ZONE, "Choose a time zone");
    } else {
      try {
        ZoneId.of(zone);
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
          throw new DateTimeException("not an IANA region id");
        }
      } catch (DateTimeException e) {
        errors.put(CalendarValidationException.ZONE, "\"" + zone + "\" is not a time zone; choose one such as Europe/Oslo");
      }
    }

    String country = null;
    if (d.holidayCountry() != null && !d.holidayCountry().isBlank()) {
      Optional<String> known = CalendarPublicHolidays.normalise(d.holidayCountry());
      if (known.isEmpty()) {
        errors.put(CalendarValidationException.HOLIDAY_COUNTRY, "No public holidays are known for \"" + d.holidayCountry().trim() + "\"");
      } else {
        country = known.get();
      }
    }

    boolean open = false;
    for (DayOfWeek day : DayOfWeek.values()) {
      List<LocalInterval> hours = d.hours(day);
      String problem = intervalProblem(hours, false);
      if (problem != null) {
        errors.put(CalendarValidationException.hoursOf(day), problem);
      }
      open |= !hours.isEmpty();
    }
    if (!open) {
      errors.put(CalendarValidationException.HOURS, "Open at least one weekday");
    }

    List<CalendarDefinition.Holiday> holidays = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (CalendarDefinition.Holiday holiday : d.customHolidays()) {
      String holidayName = holiday.name() == null ? "" : holiday.name().trim();
      if (!seen.add(holiday.date())) {
        errors.putIfAbsent(CalendarValidationException.CUSTOM_HOLIDAYS, holiday.date() + " is listed twice");
      } else if (holidayName.isEmpty()) {
        errors.putIfAbsent(CalendarValidationException.CUSTOM_HOLIDAYS, "Name the holiday on " + holiday.date());
      } else if (holidayName.length() > MAX_NAME) {
        errors.putIfAbsent(CalendarValidationException.CUSTOM_HOLIDAYS, "The name of the holiday on " + holiday.date() + " is too long");
      }
      holidays.add(new CalendarDefinition.Holiday(holiday.date(), holidayName));
    }

    for (Map.Entry<LocalDate, List<LocalInterval>> entry : d.breaks().entrySet()) {
      String problem = intervalProblem(entry.getValue(), true);
      if (problem != null) {
        errors.putIfAbsent(CalendarValidationException.BREAKS, entry.getKey() + ": " + problem);
      }
    }

    if (!errors.isEmpty()) {
      throw new CalendarValidationException(errors);
    }
    return new CalendarDefinition(d.id(), code, name, zone, country, d.isDefault(), d.weeklyHours(), holidays, d.breaks());
  }

  /** Why these intervals of one day cannot be stored, or null: whole minutes, and no overlaps unless allowed. */
  private static String intervalProblem(List<LocalInterval> intervals, boolean overlapsAllowed) {
    for (LocalInterval interval : intervals) {
      if (!wholeMinute(interval.start()) || !wholeMinute(interval.end())) {
        return "Use whole minutes (" + interval + ")";
      }
    }
    if (!overlapsAllowed) {
      for (int i = 1; i < intervals.size(); i++) {
        if (intervals.get(i - 1).overlaps(intervals.get(i))) {
          return intervals.get(i - 1) + " and " + intervals.get(i) + " overlap";
        }
      }
    }
    return null;
  }

  private static boolean wholeMinute(LocalTime time) {
    return time.getSecond() == 0 && time.getNano() == 0;
  }

  private static void checkZoneIsFree(CalendarDefinition calendar, List<CalendarDefinition> sameCode) {
    boolean taken =
        sameCode.stream()
            .anyMatch(other -> other.zone().equalsIgnoreCase(calendar.zone()) && !other.id().equals(calendar.id()));
    if (taken) {
      throw zoneTaken(calendar);
    }
  }

  private static CalendarValidationException zoneTaken(CalendarDefinition calendar) {
    return CalendarValidationException.of(
        CalendarValidationException.ZONE,
        "The code " + calendar.code() + " already has a calendar for " + calendar.zone() + "; edit that one instead");
  }

  /** A code keeps exactly one default: its first calendar must be it, and the default is moved, never dropped. */
  private static void checkDefault(
      CalendarDefinition calendar, Optional<CalendarDefinition> before, List<CalendarDefinition> sameCode) {
    if (calendar.isDefault()) {
      return;
    }
    boolean wasDefault = before.map(CalendarDefinition::isDefault).orElse(false);
    if (wasDefault) {
      throw CalendarValidationException.of(
          CalendarValidationException.DEFAULT,
          "This is the default calendar of " + calendar.code() + "; make another calendar of that code the default instead");
    }
    boolean codeHasDefault = sameCode.stream().anyMatch(CalendarDefinition::isDefault);
    if (!codeHasDefault) {
      throw CalendarValidationException.of(
          CalendarValidationException.DEFAULT,
          "The code " + calendar.code() + " has no default calendar yet; make this one its default");
    }
  }

  private void evictAfterCommit() {
    calendars.evictAll();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              calendars.evictAll();
            }
          });
    }
  }
}
