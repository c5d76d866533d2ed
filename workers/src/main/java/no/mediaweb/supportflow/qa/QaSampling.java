package no.mediaweb.supportflow.qa;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the weekly sample. A run is keyed by what started it (the timer's process instance), so a
 * redelivered job finds the recorded period and seed, draws the same tickets and writes nothing new.
 */
@Service
public class QaSampling {

  private final QaSampleStore store;
  private final QaProperties properties;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();

  QaSampling(QaSampleStore store, QaProperties properties, Clock clock) {
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  /** Draws (or re-draws) the run {@code runKey} for the period since the last draw; returns its ticket ids. */
  @Transactional
  public List<Long> draw(String runKey) {
    Instant now = clock.instant();
    if (store.find(runKey).isEmpty()) {
      Instant from = store.lastPeriodEnd().orElse(now.minus(properties.firstPeriod()));
      return draw(runKey, from, now, seeds.nextLong());
    }
    SampleRun run = store.find(runKey).orElseThrow();
    return draw(run.runKey(), run.periodFrom(), run.periodTo(), run.seed());
  }

  /** Draws the run {@code runKey} over {@code [from, to)} with {@code seed}, unless it is recorded already with its own. */
  @Transactional
  public List<Long> draw(String runKey, Instant from, Instant to, long seed) {
    SampleRun run =
        store.insertIfAbsent(runKey, from, to, seed, properties.sampleRate(), properties.minPerAgent(), clock.instant());
    for (SampleCandidate drawn :
        Sampler.draw(store.candidates(run), run.sampleRate(), run.minPerAgent(), run.seed())) {
      store.insertIfAbsent(run.id(), drawn);
    }
    return store.sampleOf(run.id());
  }
}
