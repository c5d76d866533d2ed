package no.mediaweb.supportflow.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link MailTemplate} in the customer's language (Spanish or English, English for any
 * other) into a subject carrying the ticket number, a plain-text part and an HTML part. Every value
 * put into the HTML, including the customer's and the agent's words, is HTML-escaped.
 */
@Component
public class MailRenderer {

  static final List<String> LANGUAGES = List.of("en", "es");
  private static final String BUNDLE = "mail/messages";

  private final String layout;

  MailRenderer() {
    try (InputStream in = MailRenderer.class.getResourceAsStream("/mail/layout.html")) {
      layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The language a mail is written in: the customer's if there are texts for it, else English. */
  public static String languageFor(String customerLanguage) {
    return customerLanguage != null && LANGUAGES.contains(customerLanguage.toLowerCase(Locale.ROOT))
        ? customerLanguage.toLowerCase(Locale.ROOT)
        : "en";
  }

  /** What goes into one mail: the placeholder values, the quoted message if any, the link if any. */
  public record Content(
      MailTemplate template,
      String language,
      String ticketNumber,
      Map<String, String> values,
      String quotedMessage,
      String link) {}

  public RenderedMail render(Content content) {
    String language = languageFor(content.language());
    ResourceBundle texts =
        ResourceBundle.getBundle(
            BUNDLE, Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String prefix = content.template().name() + ".";
    Map<String, String> values = new LinkedHashMap<>(content.values());
    if (content.ticketNumber() != null) {
      values.putIfAbsent("ticket", content.ticketNumber());
    }

    String subject = fill(texts.getString(prefix + "subject"), values);
    if (content.ticketNumber() != null) {
      subject = "[" + content.ticketNumber() + "] " + subject;
    }
    String greeting = fill(optional(texts, prefix + "greeting", texts.getString("greeting")), values);
    String intro = fill(texts.getString(prefix + "intro"), values);
    String promise = fillOptional(texts, prefix + "promise", values);
    String after = fillOptional(texts, prefix + "after", values);
    String linkLabel = content.link() == null ? null : fill(texts.getString(prefix + "link"), values);
    String signoff = texts.getString("signoff");
    String footer = texts.getString("footer");

    StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n\n");
    StringBuilder html = new StringBuilder(paragraph(greeting)).append(paragraph(intro));
    if (content.quotedMessage() != null) {
      text.append(content.quotedMessage().strip()).append("\n\n");
      html.append(
          "<blockquote style=\"margin:0 0 16px;padding:8px 16px;border-left:4px solid #3e7bfa;background:#f5f8ff;\">"
              + escapeLines(content.quotedMessage().strip()) + "</blockquote>");
    }
    for (String line : new String[] {promise, after}) {
      if (line != null) {
        text.append(line).append("\n\n");
        html.append(paragraph(line));
      }
    }
    if (linkLabel != null) {
      text.append(linkLabel).append(": ").append(content.link()).append("\n\n");
      html.append(
          "<p style=\"margin:0 0 16px;\"><a href=\"" + escape(content.link())
              + "\" style=\"display:inline-block;padding:10px 16px;background:#3e7bfa;color:#ffffff;"
              + "text-decoration:none;border-radius:4px;\">" + escape(linkLabel) + "</a></p>");
    }
    text.append(signoff).append("\n\n-- \n").append(footer).append("\n");
    html.append(paragraph(signoff));

    String page =
        layout
            .replace("${lang}", language)
            .replace("${title}", escape(subject))
            .replace("${ticket}", escape(content.ticketNumber() == null ? "" : content.ticketNumber()))
            .replace("${footer}", escape(footer))
            .replace("${content}", html);
    return new RenderedMail(subject, text.toString(), page);
  }

  /** Formats an instant for a mail in the customer's zone and language, e.g. "Monday 7 December 2026 at 10:00". */
  public static String formatInstant(Instant instant, ZoneId zone, String language) {
    String lang = languageFor(language);
    ResourceBundle texts =
        ResourceBundle.getBundle(
            BUNDLE, Locale.forLanguageTag(lang),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return DateTimeFormatter.ofPattern(texts.getString("datetime.pattern"), Locale.forLanguageTag(lang))
        .format(instant.atZone(zone));
  }

  private static String fill(String text, Map<String, String> values) {
    String filled = text;
    for (Map.Entry<String, String> value : values.entrySet()) {
      filled = filled.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
    }
    return filled;
  }

  private static String fillOptional(ResourceBundle texts, String key, Map<String, String> values) {
    String text = optional(texts, key, null);
    return text == null ? null : fill(text, values);
  }

  private static String optional(ResourceBundle texts, String key, String fallback) {
    try {
      return texts.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String paragraph(String text) {
    return "<p style=\"margin:0 0 16px;line-height:1.5;\">" + escapeLines(text) + "</p>";
  }

  private static String escapeLines(String text) {
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
  }
}
