package no.mediaweb.supportflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.mediaweb.supportflow.sla.calendar.BusinessCalendar;
import no.mediaweb.supportflow.sla.calendar.Pause;
import org.springframework.stereotype.Component;

/**
 * Due and at-risk instants of SLA targets: business time on the calendar the policy names, in the
 * customer's time zone, with the clock standing still during pauses.
 */
@Component
public class SlaSchedule {

  private final CalendarCatalog calendars;
  private final SlaProperties properties;

  SlaSchedule(CalendarCatalog calendars, SlaProperties properties) {
    this.calendars = calendars;
    this.properties = properties;
  }

  /** The instant at which {@code target} of business time counted from {@code start} is used up. */
  public Instant dueAt(String calendarCode, ZoneId zone, Instant start, Duration target, List<Pause> pauses) {
    return calendars.calendarFor(calendarCode, zone).add(start, target, pauses);
  }

  /** The instant at which the at-risk share of {@code target} is used up. */
  public Instant atRiskAt(String calendarCode, ZoneId zone, Instant start, Duration target, List<Pause> pauses) {
    return dueAt(calendarCode, zone, start, atRiskPart(target), pauses);
  }

  /** Business time used between two instants, pauses excluded. */
  public Duration elapsed(String calendarCode, ZoneId zone, Instant from, Instant to, List<Pause> pauses) {
    BusinessCalendar calendar = calendars.calendarFor(calendarCode, zone);
    return calendar.elapsed(from, to, pauses);
  }

  private Duration atRiskPart(Duration target) {
    return Duration.ofMillis(Math.round(target.toMillis() * properties.atRiskFraction()));
  }
}
