package no.mediaweb.supportflow.ui.metrics;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import no.mediaweb.supportflow.ticket.Channel;

/** How the metrics screens write figures: one decimal for percentages, "3 h 20 min" for durations, "—" for none. */
final class MetricFormat {

  static final String NONE = "—";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

  private MetricFormat() {}

  static String percent(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ENGLISH, "%.1f %%", value.getAsDouble()) : NONE;
  }

  /** A plain number with one decimal (the CSAT average on its 1–5 scale). */
  static String decimal(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ENGLISH, "%.1f", value.getAsDouble()) : NONE;
  }

  static String count(long value) {
    return String.format(Locale.ENGLISH, "%,d", value);
  }

  /** "45 min", "3 h 20 min", "3 h", "2 d 4 h"; durations under a minute are "0 min". */
  static String duration(Duration duration) {
    if (duration == null) {
      return NONE;
    }
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes % (24 * 60) / 60;
    long rest = minutes % 60;
    if (days > 0) {
      return hours == 0 ? days + " d" : days + " d " + hours + " h";
    }
    if (hours > 0) {
      return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
    return rest + " min";
  }

  /** Hours with fractions, for chart axes. */
  static Double hours(Duration duration) {
    return duration == null ? null : duration.toMinutes() / 60.0;
  }

  static Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  static String month(YearMonth month) {
    return MONTH.format(month);
  }

  static String shortMonth(YearMonth month) {
    return SHORT_MONTH.format(month);
  }

  static String channel(Channel channel) {
    return switch (channel) {
      case WEB -> "Web form";
      case API -> "API";
      case EMAIL -> "E-mail";
    };
  }

  static String agent(String agent) {
    return agent == null || agent.isEmpty() ? "Unassigned" : agent;
  }

  /** "L2", "L3"; MANAGEMENT → "Management"; NONE → "None". */
  static String tier(String tier) {
    return tier == null || tier.length() <= 2 ? String.valueOf(tier) : enumLabel(tier);
  }

  /** ESCALATION_REASON → "Escalation reason". */
  static String enumLabel(String name) {
    if (name == null || name.isEmpty()) {
      return NONE;
    }
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "1 answer", "1,204 answers". */
  static String plural(long n, String noun) {
    return count(n) + " " + noun + (n == 1 ? "" : "s");
  }
}
