package no.mediaweb.supportflow.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Zones, calendars and terse instants shared by the business-time tests. */
final class Calendars {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
  static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private Calendars() {}

  /** Monday to Friday, 09:00–18:00, no holidays. */
  static BusinessCalendar weekdaysNineToSix(ZoneId zone) {
    return BusinessCalendar.builder(zone).openWeekdays("09:00", "18:00").build();
  }

  /** An instant written with its offset, e.g. {@code 2026-12-01T09:00+01:00}. */
  static Instant at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Pause pause(String from, String to) {
    return Pause.between(at(from), at(to));
  }

  static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
