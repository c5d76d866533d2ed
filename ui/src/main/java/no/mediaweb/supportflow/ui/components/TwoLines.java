package no.mediaweb.supportflow.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A grid cell with a main line and a quieter second line, e.g. a subject and the task's name. */
public final class TwoLines {

  public static Div of(String main, String secondary) {
    Span first = new Span(main);
    first.addClassName("sf-cell-main");
    Span second = new Span(secondary);
    second.addClassName("sf-cell-secondary");
    Div cell = new Div(first, second);
    cell.addClassName("sf-two-lines");
    return cell;
  }

  private TwoLines() {}
}
