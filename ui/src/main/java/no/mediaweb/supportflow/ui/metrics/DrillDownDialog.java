package no.mediaweb.supportflow.ui.metrics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.mediaweb.supportflow.reporting.metrics.DrillTicket;
import no.mediaweb.supportflow.reporting.metrics.Metric;
import no.mediaweb.supportflow.reporting.metrics.MetricsDrillDown;
import no.mediaweb.supportflow.reporting.metrics.MetricsFilter;
import no.mediaweb.supportflow.ui.components.ViewerTime;
import no.mediaweb.supportflow.ui.ticket.TicketView;

/**
 * The tickets behind one number, a page at a time from the drill-down service, each linking to the
 * ticket. The service applies the same definitions (and the same role rule) as the figure.
 */
final class DrillDownDialog extends Dialog {

  /** The largest page the drill-down service hands out. */
  private static final int MAX_PAGE = 1000;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private final Map<String, String> agentNames = new HashMap<>();

  private final Grid<DrillTicket> grid = new Grid<>();

  /**
   * @param agentName an agent's display name from their username
   * @param scope the month and filters, as people read them
   */
  DrillDownDialog(
      MetricsDrillDown drillDown, Function<String, String> agentName, MetricsFilter filter, Metric metric, String tier, String reason,
      String scope) {
    setId("drill-dialog");
    setHeaderTitle(metric.label());
    setWidth("min(72rem, 96vw)");
    setResizable(true);

    long total = drillDown.tickets(filter, metric, tier, reason, 0, 1).total();
    Span summary = new Span(total + (total == 1 ? " ticket" : " tickets") + " · " + scope);
    summary.setId("drill-total");
    summary.addClassName("sf-muted");

    grid.setId("drill-tickets");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    grid.setHeight("min(60vh, 34rem)");
    grid.setAriaLabel("Tickets: " + metric.label());
    ZoneId zone = ViewerTime.zone();
    String inZone = " (" + zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
    grid.addComponentColumn(t -> new RouterLink(t.number(), TicketView.class, new RouteParameters("number", t.number())))
        .setHeader("Ticket").setKey("number").setWidth("8.5rem").setFlexGrow(0);
    grid.addColumn(DrillTicket::subject).setHeader("Subject").setKey("subject").setWidth("14rem").setFlexGrow(3)
        .setTooltipGenerator(DrillTicket::subject);
    grid.addColumn(t -> t.plan().label()).setHeader("Plan").setKey("plan").setWidth("6.5rem").setFlexGrow(0);
    grid.addColumn(t -> MetricFormat.channel(t.channel())).setHeader("Channel").setKey("channel").setWidth("6.5rem").setFlexGrow(0);
    grid.addColumn(t -> t.agent() == null || t.agent().isEmpty() ? "Unassigned" : agentNames.computeIfAbsent(t.agent(), agentName))
        .setHeader("Agent").setKey("agent").setWidth("9rem").setFlexGrow(1);
    grid.addColumn(t -> MetricFormat.enumLabel(t.status())).setHeader("Status").setKey("status").setWidth("7rem").setFlexGrow(0);
    grid.addColumn(t -> time(t.createdAt(), zone)).setHeader("Created" + inZone).setKey("created").setWidth("10rem").setFlexGrow(0);
    grid.addColumn(t -> time(t.firstRespondedAt(), zone)).setHeader("First response" + inZone).setKey("first-response")
        .setWidth("10rem").setFlexGrow(0);
    grid.addColumn(t -> time(t.resolvedAt(), zone)).setHeader("Resolved" + inZone).setKey("resolved").setWidth("10rem").setFlexGrow(0);
    grid.setEmptyStateText("No tickets behind this number.");
    grid.setItems(
        query -> drillDown.tickets(filter, metric, tier, reason, query.getOffset(), Math.min(query.getLimit(), MAX_PAGE))
            .tickets()
            .stream(),
        query -> (int) drillDown.tickets(filter, metric, tier, reason, 0, 1).total());

    add(summary, grid);
    Button close = new Button("Close", click -> close());
    close.setId("drill-close");
    getFooter().add(close);
  }

  Grid<DrillTicket> grid() {
    return grid;
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant == null ? MetricFormat.NONE : TIME.format(instant.atZone(zone));
  }
}
