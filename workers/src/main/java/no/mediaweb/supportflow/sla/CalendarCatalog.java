package no.mediaweb.supportflow.sla;

import java.time.ZoneId;
import no.mediaweb.supportflow.sla.calendar.BusinessCalendar;

/**
 * The business calendars the SLA policy names. The policy names a calendar by code (for example
 * {@code business-hours} or {@code round-the-clock}); the customer's time zone selects the instance.
 */
public interface CalendarCatalog {

  String BUSINESS_HOURS = "business-hours";
  String ROUND_THE_CLOCK = "round-the-clock";

  /**
   * The calendar with this code for a customer in {@code customerZone}: the instance stored for that
   * zone, or else the code's default instance with its weekly hours read in the customer's zone.
   *
   * @throws IllegalArgumentException when no calendar has this code
   */
  BusinessCalendar calendarFor(String code, ZoneId customerZone);
}
