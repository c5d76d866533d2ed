package no.mediaweb.supportflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Due and at-risk instants for SLA targets counted from a start instant. */
@Component
public class SlaSchedule {

  private final DueDateCalculator calculator;
  private final SlaProperties properties;

  SlaSchedule(DueDateCalculator calculator, SlaProperties properties) {
    this.calculator = calculator;
    this.properties = properties;
  }

  public DueDates dueDates(Instant start, SlaTargets targets, ZoneId zone) {
    return DueDates.of(
        calculator.dueAt(start, targets.firstResponse(), zone),
        calculator.dueAt(start, atRiskPart(targets.firstResponse()), zone),
        calculator.dueAt(start, targets.resolution(), zone),
        calculator.dueAt(start, atRiskPart(targets.resolution()), zone));
  }

  public ResolutionDueDates resolution(Instant start, Duration target, ZoneId zone) {
    return ResolutionDueDates.of(
        calculator.dueAt(start, target, zone), calculator.dueAt(start, atRiskPart(target), zone));
  }

  private Duration atRiskPart(Duration target) {
    return Duration.ofMillis(Math.round(target.toMillis() * properties.atRiskFraction()));
  }
}
