package no.mediaweb.supportflow.localrun;

import java.time.Duration;
import java.time.Instant;
import no.mediaweb.supportflow.testing.EmbeddedZeebe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;

/** Moves the engine's clock and the application's clock together, so timers fire as in real life. */
public class TimeMachine {

  private static final Logger LOG = LoggerFactory.getLogger(TimeMachine.class);

  private final EmbeddedZeebe zeebe;
  private final MovableClock clock;

  TimeMachine(EmbeddedZeebe zeebe, MovableClock clock) {
    this.zeebe = zeebe;
    this.clock = clock;
  }

  @Secured("ROLE_ADMIN")
  public synchronized void travel(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("Time only moves forward");
    }
    zeebe.increaseTime(duration);
    clock.advance(duration);
    LOG.info("Time travel: +{}; application time is now {}", duration, clock.instant());
  }

  public Instant now() {
    return clock.instant();
  }

  public Duration travelled() {
    return clock.offset();
  }
}
