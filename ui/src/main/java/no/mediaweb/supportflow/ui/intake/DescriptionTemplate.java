package no.mediaweb.supportflow.ui.intake;

import java.util.List;

/**
 * The structure agents need in a ticket's description; the form starts with it filled in so the
 * customer writes under each heading rather than guessing what to tell.
 */
final class DescriptionTemplate {

  static final List<String> HEADINGS =
      List.of("Summary:", "Steps to reproduce:", "Expected:", "Actual:", "What I tried:", "Impact:");

  static final String TEXT =
      """
      Summary:


      Steps to reproduce:
      1.
      2.

      Expected:


      Actual:


      What I tried:


      Impact:
      """;

  /** True when nothing was written under the headings (the template untouched, or blank). */
  static boolean isUnfilled(String description) {
    if (description == null) {
      return true;
    }
    String rest = description;
    for (String heading : HEADINGS) {
      rest = rest.replace(heading, "");
    }
    return rest.replaceAll("(?m)^\\s*\\d+\\.\\s*$", "").isBlank();
  }

  private DescriptionTemplate() {}
}
