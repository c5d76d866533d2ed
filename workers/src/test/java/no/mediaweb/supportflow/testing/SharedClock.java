package no.mediaweb.supportflow.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application clock of tests: real time plus however far tests have moved the embedded
 * engine's clock, so due dates the application computes and timers the engine fires agree.
 */
public final class SharedClock extends Clock {

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), EmbeddedServices.travelled());
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(EmbeddedServices.travelled());
  }

  /** The tests' present: the wall clock moved as far as the engine's. */
  public static Instant now() {
    return Instant.now().plus(EmbeddedServices.travelled());
  }

  /** How far the engine and this clock are ahead of the wall clock. */
  public static Duration offset() {
    return EmbeddedServices.travelled();
  }
}
