package no.mediaweb.supportflow.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A plain page with a message and a way back to the start page. */
abstract class ErrorPage extends VerticalLayout {

  ErrorPage(String title, String explanation) {
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    H1 heading = new H1(title);
    heading.setId("error-title");
    add(heading, new Paragraph(explanation), new Anchor("", "Go to the start page"));
  }
}
