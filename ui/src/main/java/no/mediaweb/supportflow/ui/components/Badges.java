package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;
import no.mediaweb.supportflow.ticket.TicketStatus;

/** Lumo badges for SLA state, ticket status and priority, so every view colours them alike. */
public final class Badges {

  public static Span sla(SlaState state) {
    Span badge =
        badge(
            slaLabel(state),
            switch (state) {
              case ON_TRACK -> "";
              case AT_RISK -> "warning";
              case BREACHED -> "error";
              case MET -> "success";
            });
    badge.addClassName("sf-sla-" + state.name().toLowerCase().replace('_', '-'));
    return badge;
  }

  /** "3 at risk", "1 breached": coloured as {@link #sla} while non-zero, quiet at zero. */
  public static Span riskCount(int count, SlaState state) {
    String text = count + " " + slaLabel(state).toLowerCase(Locale.ROOT);
    if (count == 0) {
      return badge(text, "contrast");
    }
    return badge(
        text,
        switch (state) {
          case BREACHED -> "error primary";
          case AT_RISK -> "warning";
          case ON_TRACK, MET -> "";
        });
  }

  public static String slaLabel(SlaState state) {
    return switch (state) {
      case ON_TRACK -> "On track";
      case AT_RISK -> "At risk";
      case BREACHED -> "Breached";
      case MET -> "Met";
    };
  }

  public static Span status(TicketStatus status) {
    return badge(
        status.label(),
        switch (status) {
          case NEW, OPEN, IN_PROGRESS -> "";
          case WAITING_ON_CUSTOMER -> "contrast";
          case RESOLVED -> "success";
          case CLOSED -> "contrast primary";
        });
  }

  public static Span priority(Priority priority) {
    return badge(
        shortLabel(priority),
        switch (priority) {
          case LOW -> "contrast";
          case NORMAL -> "";
          case HIGH -> "warning";
          case CRITICAL -> "error primary";
        });
  }

  /** "High" from "High — a system issue affects my site". */
  public static String shortLabel(Priority priority) {
    String label = priority.label();
    int dash = label.indexOf(" — ");
    return dash < 0 ? label : label.substring(0, dash);
  }

  private static Span badge(String text, String variants) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge");
    for (String variant : variants.split(" ")) {
      if (!variant.isBlank()) {
        badge.getElement().getThemeList().add(variant);
      }
    }
    return badge;
  }

  private Badges() {}
}
