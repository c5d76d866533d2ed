package no.mediaweb.supportflow.sla;

import java.time.Instant;

/** Process variables written by compute-due-dates: ISO-8601 UTC instants used as timer dates. */
public record DueDates(
    String firstResponseDueAt,
    String firstResponseAtRiskAt,
    String resolutionDueAt,
    String resolutionAtRiskAt) {

  public static DueDates of(Instant frDue, Instant frRisk, Instant resDue, Instant resRisk) {
    return new DueDates(frDue.toString(), frRisk.toString(), resDue.toString(), resRisk.toString());
  }

  public Instant firstResponseDue() {
    return Instant.parse(firstResponseDueAt);
  }

  public Instant firstResponseAtRisk() {
    return Instant.parse(firstResponseAtRiskAt);
  }

  public Instant resolutionDue() {
    return Instant.parse(resolutionDueAt);
  }

  public Instant resolutionAtRisk() {
    return Instant.parse(resolutionAtRiskAt);
  }
}
