package no.mediaweb.supportflow.qa;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sampleRate fraction of each agent's closed tickets drawn for review
 * @param minPerAgent tickets drawn at least per agent who closed any (all of them when fewer)
 * @param firstPeriod how far back the very first draw looks; later draws start where the last ended
 * @param disputeWindow how long after a review its agent may dispute it
 */
@ConfigurationProperties("supportflow.qa")
public record QaProperties(
    @DefaultValue("0.05") double sampleRate,
    @DefaultValue("2") int minPerAgent,
    @DefaultValue("P7D") Duration firstPeriod,
    @DefaultValue("P7D") Duration disputeWindow) {

  public QaProperties {
    if (sampleRate <= 0 || sampleRate > 1) {
      throw new IllegalArgumentException("supportflow.qa.sample-rate is a fraction in (0, 1]");
    }
    if (minPerAgent < 0 || !firstPeriod.isPositive() || !disputeWindow.isPositive()) {
      throw new IllegalArgumentException("supportflow.qa.min-per-agent must be >= 0 and the durations positive");
    }
  }
}
