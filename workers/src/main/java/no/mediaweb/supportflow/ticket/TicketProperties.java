package no.mediaweb.supportflow.ticket;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderAfter silence after an information request before the customer is reminded
 * @param autoCloseAfter silence after an information request before the ticket closes
 * @param autoConfirmAfter time after a proposed resolution before it counts as confirmed
 */
@ConfigurationProperties("supportflow.ticket")
public record TicketProperties(
    @DefaultValue("P2D") Duration reminderAfter,
    @DefaultValue("P5D") Duration autoCloseAfter,
    @DefaultValue("P3D") Duration autoConfirmAfter) {

  public TicketProperties {
    if (!reminderAfter.isPositive() || !autoCloseAfter.isPositive() || !autoConfirmAfter.isPositive()) {
      throw new IllegalArgumentException("supportflow.ticket durations must be positive");
    }
    if (autoCloseAfter.compareTo(reminderAfter) <= 0) {
      throw new IllegalArgumentException("supportflow.ticket.auto-close-after must be longer than reminder-after");
    }
  }
}
