package no.mediaweb.supportflow.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl public address of the application, used in links sent to customers
 * @param secret key that signs customer links; at least 32 characters
 */
@ConfigurationProperties("supportflow.links")
public record CustomerLinkProperties(String baseUrl, String secret) {

  public CustomerLinkProperties {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("supportflow.links.base-url must be set");
    }
    if (secret == null || secret.length() < 32) {
      throw new IllegalArgumentException(
          "supportflow.links.secret must be set to at least 32 characters (SUPPORTFLOW_LINKS_SECRET)");
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
