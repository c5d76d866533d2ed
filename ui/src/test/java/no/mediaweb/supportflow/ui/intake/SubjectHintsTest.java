package no.mediaweb.supportflow.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import no.mediaweb.supportflow.ticket.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectHintsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Help!", "HELP ME!!!", "Website broken", "Not working", "it doesn't work", "Urgent", "Login fails"})
  void vague_or_too_short_subjects_get_a_suggestion(String subject) {
    assertThat(SubjectHints.isVague(subject)).isTrue();
    assertThat(SubjectHints.helperFor(subject, Category.OTHER)).startsWith(SubjectHints.VAGUE_PREFIX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contact form not sending e-mails since update", "Checkout rejects Visa cards", ""})
  void specific_or_empty_subjects_keep_the_ordinary_help(String subject) {
    assertThat(SubjectHints.isVague(subject)).isFalse();
    assertThat(SubjectHints.helperFor(subject, Category.OTHER)).isEqualTo(SubjectHints.DEFAULT_HELP);
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Website broken     | OTHER           | Cannot publish site – error 500 when saving",
        "Instagram broken   | OTHER           | Social media integration fails for Instagram",
        "SSL broken         | OTHER           | Custom domain SSL certificate is not activating",
        "E-mail problem     | OTHER           | Contact form not sending e-mails since update",
        "Login fails        | OTHER           | Cannot log in to the dashboard – “session expired” right after entering the password",
        "Help!              | PAYMENT_FAILURE | Checkout fails with “card declined” for all Visa cards since 08:40",
        "Not working        | SITE_DOWN       | Whole site shows “503 Service Unavailable” since 08:40",
        "Help!              | OTHER           | Cannot publish site – error 500 when saving",
      })
  void the_suggestion_follows_what_the_subject_or_the_category_mentions(String subject, Category category, String suggestion) {
    assertThat(SubjectHints.suggestionFor(subject, category)).isEqualTo(suggestion);
    assertThat(SubjectHints.helperFor(subject, category)).isEqualTo(SubjectHints.VAGUE_PREFIX + "“" + suggestion + "”");
  }

  @Test
  void the_support_pages_good_examples_are_not_vague() {
    assertThat(SubjectHints.isVague("Cannot publish site - Error 500 when saving")).isFalse();
    assertThat(SubjectHints.isVague("Social media integration fails for Instagram")).isFalse();
    assertThat(SubjectHints.isVague("Custom domain SSL certificate not activating")).isFalse();
  }
}
