package no.mediaweb.supportflow.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the calendars the SLA policy names, {@code business-hours} (Monday to Friday
 * 09:00–18:00) and {@code round-the-clock} (every day 00:00–24:00), each as a default instance in
 * UTC without public holidays, when no calendar with that code exists. Reference data every install
 * needs, so it is created by code at start-up and never overwrites what administrators changed;
 * several nodes starting at once are safe (the unique code and zone keeps one).
 */
@Component
class DefaultCalendars implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultCalendars.class);

  private final CalendarRepository repository;
  private final StoredCalendars calendars;
  private final TransactionTemplate transactions;
  private final Clock clock;

  DefaultCalendars(CalendarRepository repository, StoredCalendars calendars, TransactionTemplate transactions, Clock clock) {
    this.repository = repository;
    this.calendars = calendars;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (CalendarDefinition calendar : List.of(businessHours(), roundTheClock())) {
      createIfCodeIsMissing(calendar);
    }
  }

  static CalendarDefinition businessHours() {
    Map<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      hours.put(day, List.of(LocalInterval.parse("09:00", "18:00")));
    }
    return new CalendarDefinition(
        null, CalendarCatalog.BUSINESS_HOURS, "Business hours", "UTC", null, true, hours, List.of(), Map.of());
  }

  static CalendarDefinition roundTheClock() {
    Map<DayOfWeek, List<LocalInterval>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.put(day, List.of(LocalInterval.parse("00:00", "24:00")));
    }
    return new CalendarDefinition(
        null, CalendarCatalog.ROUND_THE_CLOCK, "Round the clock", "UTC", null, true, hours, List.of(), Map.of());
  }

  private void createIfCodeIsMissing(CalendarDefinition calendar) {
    if (repository.existsCode(calendar.code())) {
      return;
    }
    try {
      transactions.executeWithoutResult(status -> repository.insert(calendar, clock.instant()));
    } catch (DuplicateKeyException e) {
      return; // another node created it at the same moment
    }
    calendars.evictAll();
    LOG.info("Created the default business calendar '{}'", calendar.code());
  }
}
