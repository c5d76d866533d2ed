package no.mediaweb.supportflow.sla;

import java.time.Duration;

/**
 * Output of the sla-policy decision: the calendar that counts support time and the targets as
 * ISO-8601 durations of business time on it.
 */
public record SlaTargets(
    String calendar, String firstResponseTarget, String resolutionTarget, String nextReplyTarget) {

  public String calendarCode() {
    return calendar == null ? CalendarCatalog.ROUND_THE_CLOCK : calendar;
  }

  public Duration firstResponse() {
    return Duration.parse(firstResponseTarget);
  }

  public Duration resolution() {
    return Duration.parse(resolutionTarget);
  }

  public Duration nextReply() {
    return nextReplyTarget == null ? firstResponse() : Duration.parse(nextReplyTarget);
  }
}
