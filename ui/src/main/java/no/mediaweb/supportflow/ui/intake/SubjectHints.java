package no.mediaweb.supportflow.ui.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.mediaweb.supportflow.ticket.Category;

/**
 * Spots subjects too vague to route a ticket on ("Help!", "Website broken", "Not working", anything
 * under three words) and suggests a specific one in the style of the support page's good examples,
 * picked by what the subject or the chosen category mentions. A hint only: the form still submits.
 */
final class SubjectHints {

  static final String EXAMPLE = "Contact form not sending e-mails since update";
  static final String DEFAULT_HELP =
      "Be specific: what fails, where, with which error, e.g. “Cannot publish site – error 500 when saving”";
  static final String VAGUE_PREFIX = "Too vague to route. Say what fails, where and with which error, e.g. ";

  private static final Set<String> VAGUE =
      Set.of(
          "help", "help me", "please help", "urgent", "problem", "problems", "issue", "issues", "error", "bug",
          "question", "support", "broken", "website broken", "site broken", "web site broken", "website down",
          "site down", "not working", "doesnt work", "does not work", "it doesnt work", "it does not work",
          "nothing works", "something is wrong", "something wrong");

  /** Words in a vague subject → a specific subject of that kind (the support page's good examples first). */
  private static final Map<List<String>, String> BY_WORD = new LinkedHashMap<>();

  static {
    BY_WORD.put(List.of("instagram", "facebook", "social", "twitter", "linkedin"), "Social media integration fails for Instagram");
    BY_WORD.put(List.of("ssl", "https", "certificate", "domain", "dns"), "Custom domain SSL certificate is not activating");
    BY_WORD.put(List.of("mail", "email", "form", "newsletter"), EXAMPLE);
    BY_WORD.put(List.of("pay", "payment", "payments", "checkout", "order", "orders", "card"), "Checkout fails with “card declined” for all Visa cards since 08:40");
    BY_WORD.put(List.of("login", "log", "password", "account", "locked"), "Cannot log in to the dashboard – “session expired” right after entering the password");
    BY_WORD.put(List.of("slow", "speed", "loading", "load"), "Front page takes 10 seconds to load since Monday's theme update");
    BY_WORD.put(List.of("image", "images", "photo", "gallery", "upload"), "Gallery images upload but show as broken on the live site");
    BY_WORD.put(List.of("publish", "save", "saving", "website", "site", "page", "broken", "down", "error", "500"), "Cannot publish site – error 500 when saving");
  }

  private static final Map<Category, String> BY_CATEGORY =
      Map.of(
          Category.SITE_DOWN, "Whole site shows “503 Service Unavailable” since 08:40",
          Category.DATA_LOSS, "Blog posts from last week missing after restore",
          Category.SECURITY_BREACH, "Unknown admin user created on our site last night",
          Category.PAYMENT_FAILURE, "Checkout fails with “card declined” for all Visa cards since 08:40",
          Category.LEGAL_COMPLIANCE, "Cookie banner no longer shown to visitors from the EU",
          Category.PERFORMANCE, "Front page takes 10 seconds to load since Monday's theme update",
          Category.HOW_TO, "How do I connect a custom domain to my site?",
          Category.BILLING, "Charged twice for the Pro plan in November");

  static boolean isVague(String subject) {
    if (subject == null || subject.isBlank()) {
      return false;
    }
    String words = normalise(subject);
    return words.isEmpty() || VAGUE.contains(words) || words.split(" ").length < 3;
  }

  /** A specific subject like the one the customer meant to write. */
  static String suggestionFor(String subject, Category category) {
    List<String> words = List.of(normalise(subject == null ? "" : subject).split(" "));
    for (Map.Entry<List<String>, String> entry : BY_WORD.entrySet()) {
      if (entry.getKey().stream().anyMatch(words::contains)) {
        return entry.getValue();
      }
    }
    return category == null ? "Cannot publish site – error 500 when saving" : BY_CATEGORY.getOrDefault(category, "Cannot publish site – error 500 when saving");
  }

  static String helperFor(String subject, Category category) {
    return isVague(subject) ? VAGUE_PREFIX + "“" + suggestionFor(subject, category) + "”" : DEFAULT_HELP;
  }

  private static String normalise(String subject) {
    return subject
        .toLowerCase(Locale.ROOT)
        .replace("'", "")
        .replace("’", "")
        .replace("e-mail", "email")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  private SubjectHints() {}
}
