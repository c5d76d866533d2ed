package no.mediaweb.supportflow.sla;

import java.time.Duration;

/** Output of the sla-policy decision: ISO-8601 durations. */
public record SlaTargets(String firstResponseTarget, String resolutionTarget) {

  public Duration firstResponse() {
    return Duration.parse(firstResponseTarget);
  }

  public Duration resolution() {
    return Duration.parse(resolutionTarget);
  }
}
