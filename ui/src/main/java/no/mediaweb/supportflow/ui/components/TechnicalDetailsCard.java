package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import no.mediaweb.supportflow.ticket.TechnicalDetails;

/** The technical details the customer gave with the ticket; hidden when there are none. */
public class TechnicalDetailsCard extends Div {

  public TechnicalDetailsCard() {
    addClassNames("sf-card", "sf-technical-details");
    setVisible(false);
  }

  public void show(TechnicalDetails details) {
    removeAll();
    setVisible(!details.isEmpty());
    if (details.isEmpty()) {
      return;
    }
    add(new H3("Technical details"));
    row("Operating system", details.operatingSystem());
    row("Browser", details.browser());
    row("Device", details.deviceType() == null ? null : details.deviceType().label());
    row("Connection", details.connectionType() == null ? null : details.connectionType().label());
    row("Problem started", details.problemStarted());
    row("Trying to do", details.tryingToDo());
    row("Error messages", details.errorMessages());
  }

  private void row(String label, String value) {
    if (value == null) {
      return;
    }
    Span name = new Span(label);
    name.addClassName("sf-detail-label");
    Span text = new Span(value);
    text.addClassName("sf-detail-value");
    Div row = new Div(name, text);
    row.addClassName("sf-detail-row");
    add(row);
  }
}
