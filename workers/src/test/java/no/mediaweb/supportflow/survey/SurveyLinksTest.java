package no.mediaweb.supportflow.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import no.mediaweb.supportflow.ticket.CustomerLinkProperties;
import org.junit.jupiter.api.Test;

class SurveyLinksTest {

  private static final Instant EXPIRES = Instant.parse("2026-12-04T10:15:30Z");

  private final SurveyLinks links = links("survey-test-secret-0123456789abcdef");

  @Test
  void a_link_we_issued_carries_its_survey_and_expiry_behind_a_256_bit_signature() {
    String token = links.tokenFor(42, EXPIRES);

    assertThat(links.verify(token)).contains(new SurveyLinks.SignedSurvey(42, EXPIRES));
    assertThat(Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1))).hasSize(32);
    assertThat(links.linkFor(42, EXPIRES)).isEqualTo("https://support.example.com/survey/" + token);
  }

  @Test
  void a_tampered_survey_id_expiry_or_signature_is_rejected() {
    String token = links.tokenFor(42, EXPIRES);
    String[] parts = token.split("\\.");
    char last = parts[2].charAt(parts[2].length() - 1);
    String otherSignature = parts[2].substring(0, parts[2].length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(links.verify("43." + parts[1] + "." + parts[2])).isEmpty();
    assertThat(links.verify(parts[0] + "." + (EXPIRES.getEpochSecond() + 86_400) + "." + parts[2])).isEmpty();
    assertThat(links.verify(parts[0] + "." + parts[1] + "." + otherSignature)).isEmpty();
    assertThat(links.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(1))).isEmpty();
    assertThat(links.verify(token + "x")).isEmpty();
    assertThat(links.verify("")).isEmpty();
    assertThat(links.verify(null)).isEmpty();
    assertThat(links.verify("../../etc/passwd")).isEmpty();
  }

  @Test
  void a_link_signed_with_another_secret_is_rejected() {
    String foreign = links("another-secret-of-enough-length-000000").tokenFor(42, EXPIRES);

    assertThat(links.verify(foreign)).isEmpty();
  }

  private static SurveyLinks links(String secret) {
    return new SurveyLinks(new CustomerLinkProperties("https://support.example.com/", secret));
  }
}
