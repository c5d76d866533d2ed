package no.mediaweb.supportflow.routing;

/** What a ticket asks of the agent who takes it: seniority, and the customer's language (ISO 639-1). */
public record RoutingNeeds(boolean seniorOnly, String language) {

  public static final String ENGLISH = "en";

  public RoutingNeeds {
    language = language == null || language.isBlank() ? ENGLISH : language.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
