package no.mediaweb.supportflow.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectHintsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Help!", "HELP ME!!!", "Website broken", "Not working", "it doesn't work", "Urgent", "Login fails"})
  void vague_or_too_short_subjects_get_the_hint(String subject) {
    assertThat(SubjectHints.isVague(subject)).isTrue();
    assertThat(SubjectHints.helperFor(subject)).isEqualTo(SubjectHints.VAGUE_HINT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contact form not sending e-mails since update", "Checkout rejects Visa cards", ""})
  void specific_or_empty_subjects_keep_the_ordinary_help(String subject) {
    assertThat(SubjectHints.isVague(subject)).isFalse();
    assertThat(SubjectHints.helperFor(subject)).isEqualTo(SubjectHints.DEFAULT_HELP);
  }
}
