package no.mediaweb.supportflow.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.mediaweb.supportflow.ticket.CustomerLinkProperties;
import org.springframework.stereotype.Component;

/**
 * The customer's survey link: survey id and expiry signed with HMAC-SHA256 (256 bits) under the
 * customer-link secret, {@code <id>.<expiry epoch seconds>.<signature>}. The signature proves the
 * link was issued by us for that survey and expiry; single use is the survey row's business.
 */
@Component
public class SurveyLinks {

  /** Route of the public survey page: {@code survey/<token>}. */
  public static final String ROUTE = "survey";

  private static final Pattern TOKEN = Pattern.compile("([1-9][0-9]{0,17})\\.([1-9][0-9]{0,11})\\.([A-Za-z0-9_-]{43})");

  private final CustomerLinkProperties properties;

  SurveyLinks(CustomerLinkProperties properties) {
    this.properties = properties;
  }

  /** A survey id and expiry the signature vouches for; the expiry is not checked here. */
  public record SignedSurvey(long surveyId, Instant expiresAt) {}

  public String tokenFor(long surveyId, Instant expiresAt) {
    return surveyId + "." + expiresAt.getEpochSecond() + "." + signature(surveyId, expiresAt.getEpochSecond());
  }

  public String linkFor(long surveyId, Instant expiresAt) {
    return properties.baseUrl() + "/" + ROUTE + "/" + tokenFor(surveyId, expiresAt);
  }

  public Optional<SignedSurvey> verify(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Matcher m = TOKEN.matcher(token);
    if (!m.matches()) {
      return Optional.empty();
    }
    long surveyId = Long.parseLong(m.group(1));
    long expiry = Long.parseLong(m.group(2));
    byte[] expected = signature(surveyId, expiry).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    return Optional.of(new SignedSurvey(surveyId, Instant.ofEpochSecond(expiry)));
  }

  private String signature(long surveyId, long expiryEpochSecond) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal(("survey-link:" + surveyId + ":" + expiryEpochSecond).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
