package no.mediaweb.supportflow.sla;

import java.time.Instant;

/** Process variables written when a reopened ticket gets a new resolution target. */
public record ResolutionDueDates(String resolutionDueAt, String resolutionAtRiskAt) {

  public static ResolutionDueDates of(Instant due, Instant atRisk) {
    return new ResolutionDueDates(due.toString(), atRisk.toString());
  }

  public Instant due() {
    return Instant.parse(resolutionDueAt);
  }

  public Instant atRisk() {
    return Instant.parse(resolutionAtRiskAt);
  }
}
