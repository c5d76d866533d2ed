package no.mediaweb.supportflow.sla.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span {@code [from, to)} of real time during which the business clock stands still,
 * for instance while a ticket waits on the customer. Pauses may overlap each other and closed time;
 * an empty pause ({@code from == to}) stops nothing.
 *
 * @param from the first paused instant
 * @param to the first instant after the pause, not before {@code from}
 */
public record Pause(Instant from, Instant to) {

  public Pause {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a pause must not end before it starts: " + from + " to " + to);
    }
  }

  /** The pause from {@code from} (inclusive) to {@code to} (exclusive). */
  public static Pause between(Instant from, Instant to) {
    return new Pause(from, to);
  }

  /** Whether the clock is stopped at {@code instant}. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }
}
