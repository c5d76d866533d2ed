package no.mediaweb.supportflow.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the problem is about, chosen by the customer at intake. The first five are critical: with
 * the customer's priority they decide whether a ticket is an emergency ({@code
 * emergency-classification.dmn}).
 */
public enum Category {
  SITE_DOWN("My site is completely down"),
  DATA_LOSS("Data is lost or corrupted"),
  SECURITY_BREACH("Security breach or hacked account"),
  PAYMENT_FAILURE("Payments on my site fail"),
  LEGAL_COMPLIANCE("Legal or compliance problem"),
  PERFORMANCE("My site is slow"),
  HOW_TO("How do I …?"),
  BILLING("My Mediaweb bill"),
  OTHER("Something else");

  public static final Set<Category> CRITICAL =
      EnumSet.of(SITE_DOWN, DATA_LOSS, SECURITY_BREACH, PAYMENT_FAILURE, LEGAL_COMPLIANCE);

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isCritical() {
    return CRITICAL.contains(this);
  }
}
