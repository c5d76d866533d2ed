package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import no.mediaweb.supportflow.harness.FuzzCases.Expect;
import no.mediaweb.supportflow.harness.FuzzCases.FuzzCase;
import no.mediaweb.supportflow.harness.FuzzCases.Targets;
import org.junit.jupiter.api.Test;

class FuzzCasesTest {

  private static final String TOKEN = "ZX2oS_RZwne6oHI7qcjDC5rvcEnt4qXieZFMV61ZpfI";
  private static final Targets TARGETS =
      new Targets("fuzz@example.test", "MW-000001", TOKEN, "MW-000002", "b9_other-token", "1.1796376294.HNI0upkC2Qgqr4");

  @Test
  void the_same_seed_gives_the_same_cases() {
    assertThat(FuzzCases.generate(7, 300, TARGETS)).isEqualTo(FuzzCases.generate(7, 300, TARGETS));
    assertThat(FuzzCases.generate(8, 300, TARGETS)).isNotEqualTo(FuzzCases.generate(7, 300, TARGETS));
  }

  @Test
  void every_kind_of_case_is_drawn_with_its_expectation() {
    List<FuzzCase> cases = FuzzCases.generate(20261127, 600, TARGETS);

    assertThat(cases).extracting(FuzzCase::kind).contains(
        "intake", "intake-odd", "read", "message-token", "message", "message-odd", "ticket-page", "survey-page");
    assertThat(cases).filteredOn(c -> c.kind().endsWith("-odd")).allMatch(c -> c.expect() == Expect.NO_SERVER_ERROR);
    assertThat(cases).filteredOn(c -> c.kind().endsWith("-page")).allMatch(c -> c.expect() == Expect.PAGE_REFUSES);
    assertThat(cases).filteredOn(c -> List.of("intake", "read", "message-token", "message").contains(c.kind()))
        .allMatch(c -> c.expect() == Expect.REJECTED);
    assertThat(cases).extracting(FuzzCase::description).contains(
        "invalid e-mail", "unknown account", "body over 64 KB", "malformed JSON", "no token", "tampered token",
        "another ticket's token", "tampered ticket link", "tampered survey link", "blank message");
  }

  @Test
  void oversize_bodies_are_over_the_64_kb_limit() {
    assertThat(FuzzCases.generate(20261127, 600, TARGETS))
        .filteredOn(c -> c.description().contains("over 64 KB"))
        .isNotEmpty()
        .allMatch(c -> c.body().getBytes(StandardCharsets.UTF_8).length > FuzzCases.MAX_JSON_BYTES);
  }

  @Test
  void a_refused_case_never_carries_the_valid_token_for_its_own_ticket_when_it_tests_the_token() {
    assertThat(FuzzCases.generate(20261127, 600, TARGETS))
        .filteredOn(c -> c.kind().equals("read") || c.kind().equals("message-token"))
        .noneMatch(c -> List.of("/api/v1/tickets/MW-000001", "/api/v1/tickets/MW-000001/messages").contains(c.path())
            && TOKEN.equals(c.headers().get(FuzzCases.TOKEN_HEADER)));
    assertThat(FuzzCases.generate(20261127, 600, TARGETS))
        .filteredOn(c -> c.kind().equals("ticket-page"))
        .noneMatch(c -> c.path().equals("/my-ticket/MW-000001/" + TOKEN));
  }

  @Test
  void a_tampered_token_always_differs_from_the_real_one() {
    Random seeds = new Random(3);
    for (int i = 0; i < 500; i++) {
      String token = Long.toString(seeds.nextLong(), 36);
      String tampered = FuzzCases.generate(seeds.nextLong(), 9, new Targets("a@b.c", "MW-1", token, "MW-2", "t", token))
          .get(8).path();
      assertThat(tampered).isNotEqualTo("/my-ticket/MW-1/" + token);
    }
  }

  @Test
  void text_is_quoted_as_json_with_control_characters_escaped() {
    assertThat(FuzzCases.quote("a\"b\\c\n\u0000")).isEqualTo("\"a\\\"b\\\\c\\n\\u0000\"");
    assertThat(FuzzCases.segment("a b/é")).isEqualTo("a%20b%2F%C3%A9");
  }
}
