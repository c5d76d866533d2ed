package no.mediaweb.supportflow.ui.ticket;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.mediaweb.supportflow.timeline.TimelineEvent;
import no.mediaweb.supportflow.ui.components.ViewerTime;

/** Every step recorded on the ticket, oldest first: when, what, the detail and who did it. */
public class TimelineList extends Div {

  public TimelineList() {
    setId("timeline");
    addClassName("sf-timeline");
  }

  public void show(List<TimelineEvent> events) {
    removeAll();
    for (TimelineEvent event : events) {
      Span label = new Span(event.type().label());
      label.addClassName("sf-timeline-label");
      Span time = new Span(ViewerTime.format(event.occurredAt()));
      time.addClassName("sf-muted");
      Div item = new Div(time, new Div(label));
      item.addClassName("sf-timeline-item");
      item.getElement().setAttribute("data-type", event.type().name());
      if (event.detail() != null && !event.detail().isBlank()) {
        Div detail = new Div();
        detail.setText(event.detail());
        detail.addClassName("sf-timeline-detail");
        item.add(detail);
      }
      Span actor = new Span("by " + event.actor());
      actor.addClassName("sf-muted");
      item.add(actor);
      add(item);
    }
  }
}
