package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the viewer reads them: in their browser's time zone once it is known (UTC until then),
 * always with the zone shown, and due times relative to now ("in 3 h 12 min", "overdue by 20 min").
 */
public final class ViewerTime {

  public static final ZoneId UTC = ZoneId.of("UTC");

  private static final String ZONE_ATTRIBUTE = ViewerTime.class.getName() + ".zone";
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

  /** Asks the browser for its time zone once per session; later renders use it. */
  public static void detect(UI ui) {
    VaadinSession session = ui.getSession();
    if (session == null || session.getAttribute(ZONE_ATTRIBUTE) != null) {
      return;
    }
    ui.getPage()
        .retrieveExtendedClientDetails(
            details -> {
              String id = details.getTimeZoneId();
              if (id == null || id.isBlank()) {
                return;
              }
              try {
                session.setAttribute(ZONE_ATTRIBUTE, ZoneId.of(id));
              } catch (DateTimeException e) {
                // an unknown zone id: keep showing UTC
              }
            });
  }

  /** The viewer's zone, or UTC while the browser has not told it. */
  public static ZoneId zone() {
    VaadinSession session = VaadinSession.getCurrent();
    Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
    return zone instanceof ZoneId id ? id : UTC;
  }

  /** For tests and for pages that learn the zone another way. */
  public static void useZone(VaadinSession session, ZoneId zone) {
    session.setAttribute(ZONE_ATTRIBUTE, zone);
  }

  public static String format(Instant instant) {
    return format(instant, zone());
  }

  public static String format(Instant instant, ZoneId zone) {
    return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone));
  }

  /** "in 3 h 12 min", "overdue by 20 min"; "—" without a due time. */
  public static String relativeDue(Instant due, Instant now) {
    if (due == null) {
      return "—";
    }
    Duration left = Duration.between(now, due);
    if (left.isNegative()) {
      Duration late = left.negated();
      return late.toMinutes() < 1 ? "overdue by under a minute" : "overdue by " + span(late);
    }
    return left.toMinutes() < 1 ? "due in under a minute" : "in " + span(left);
  }

  /** "due in 35 min", "overdue by 1 h 20 min": {@link #relativeDue} as a line of its own. */
  public static String dueOrOverdue(Instant due, Instant now) {
    String relative = relativeDue(due, now);
    return relative.startsWith("in ") ? "due " + relative : relative;
  }

  /** "just now", "5 min ago", "2 h 3 min ago". */
  public static String ago(Instant then, Instant now) {
    if (then == null) {
      return "—";
    }
    Duration since = Duration.between(then, now);
    if (since.toMinutes() < 1) {
      return "just now";
    }
    return span(since) + " ago";
  }

  public static boolean isOverdue(Instant due, Instant now) {
    return due != null && due.isBefore(now);
  }

  /** A whole-minute span in its two largest units: "2 d 3 h", "3 h 12 min", "20 min". */
  static String span(Duration duration) {
    long days = duration.toDays();
    int hours = duration.toHoursPart();
    int minutes = duration.toMinutesPart();
    if (days > 0) {
      return hours == 0 ? days + " d" : days + " d " + hours + " h";
    }
    if (hours > 0) {
      return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }
    return minutes + " min";
  }

  private ViewerTime() {}
}
