package no.mediaweb.supportflow.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param delay time between the resolution and the survey (default 24 hours)
 * @param reminderAfter time between sending and the one reminder (default 3 days)
 * @param expiry how long the link is valid after sending (default 7 days)
 */
@ConfigurationProperties("supportflow.survey")
public record SurveyProperties(Duration delay, Duration reminderAfter, Duration expiry) {

  public SurveyProperties {
    delay = delay == null ? Duration.ofHours(24) : delay;
    reminderAfter = reminderAfter == null ? Duration.ofDays(3) : reminderAfter;
    expiry = expiry == null ? Duration.ofDays(7) : expiry;
    if (delay.isNegative() || !reminderAfter.isPositive() || !expiry.isPositive()) {
      throw new IllegalArgumentException("supportflow.survey durations must be positive");
    }
    if (reminderAfter.compareTo(expiry) >= 0) {
      throw new IllegalArgumentException("supportflow.survey.reminder-after must be shorter than the expiry");
    }
  }
}
