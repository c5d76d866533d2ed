package no.mediaweb.supportflow.localrun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The application clock of the local run: real time plus however far the trainer has travelled. */
final class MovableClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset.get());
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  Duration offset() {
    return offset.get();
  }

  void advance(Duration duration) {
    offset.accumulateAndGet(duration, Duration::plus);
  }
}
