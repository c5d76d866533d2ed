package no.mediaweb.supportflow.ui.intake;

import java.util.Locale;
import java.util.Set;

/**
 * Spots subjects too vague to route a ticket on ("Help!", "Website broken", "Not working", anything
 * under three words) so the form can suggest a specific one. A hint only: the form still submits.
 */
final class SubjectHints {

  static final String EXAMPLE = "Contact form not sending e-mails since update";
  static final String DEFAULT_HELP = "One line that says what is wrong, e.g. “" + EXAMPLE + "”";
  static final String VAGUE_HINT =
      "Tip: a specific subject gets your ticket to the right person faster. Say what fails and since when, e.g. “"
          + EXAMPLE + "”";

  private static final Set<String> VAGUE =
      Set.of(
          "help", "help me", "please help", "urgent", "problem", "problems", "issue", "issues", "error", "bug",
          "question", "support", "broken", "website broken", "site broken", "web site broken", "website down",
          "site down", "not working", "doesnt work", "does not work", "it doesnt work", "it does not work",
          "nothing works", "something is wrong", "something wrong");

  static boolean isVague(String subject) {
    if (subject == null || subject.isBlank()) {
      return false;
    }
    String words = normalise(subject);
    return words.isEmpty() || VAGUE.contains(words) || words.split(" ").length < 3;
  }

  static String helperFor(String subject) {
    return isVague(subject) ? VAGUE_HINT : DEFAULT_HELP;
  }

  private static String normalise(String subject) {
    return subject
        .toLowerCase(Locale.ROOT)
        .replace("'", "")
        .replace("’", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  private SubjectHints() {}
}
