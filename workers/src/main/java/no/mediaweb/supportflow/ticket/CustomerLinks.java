package no.mediaweb.supportflow.ticket;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The customer's link to a ticket: the ticket number signed with HMAC-SHA256 (256 bits), so only
 * someone who was given the link can open the ticket.
 */
@Component
public class CustomerLinks {

  /** Route of the customer ticket page: {@code my-ticket/<number>/<token>}. */
  public static final String ROUTE = "my-ticket";

  private final CustomerLinkProperties properties;

  CustomerLinks(CustomerLinkProperties properties) {
    this.properties = properties;
  }

  public String tokenFor(String ticketNumber) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal(("ticket-link:" + ticketNumber).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  public boolean isValid(String ticketNumber, String token) {
    if (ticketNumber == null || token == null) {
      return false;
    }
    return MessageDigest.isEqual(
        tokenFor(ticketNumber).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
  }

  public String linkFor(String ticketNumber) {
    return properties.baseUrl() + "/" + ROUTE + "/" + ticketNumber + "/" + tokenFor(ticketNumber);
  }
}
