package no.mediaweb.supportflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Turns an SLA target into a due instant; the one place business calendars plug in. */
public interface DueDateCalculator {

  /**
   * The instant at which {@code target} of support time, counted from {@code start}, is used up
   * for a customer in {@code customerZone}.
   */
  Instant dueAt(Instant start, Duration target, ZoneId customerZone);
}
