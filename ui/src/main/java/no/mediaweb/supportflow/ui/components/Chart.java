package no.mediaweb.supportflow.ui.components;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line or bar chart drawn in the browser by Chart.js (its webjar) through the {@code <sf-chart>}
 * element. Category labels on the x axis, one or more datasets, each with an optional unit that
 * gets its own y axis; a click on a point reports which dataset and which label it was. A chart is
 * an image to assistive technology, labelled by {@link #Chart(Type, String)}: pages show the same
 * figures in a table beside it.
 */
@Tag("sf-chart")
@JavaScript(Chart.CHART_JS)
@JavaScript(Chart.ELEMENT_JS)
public class Chart extends com.vaadin.flow.component.Component implements HasSize {

  /** The webjar's path; its version is the chart.js dependency's in the root pom. */
  public static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  public static final String ELEMENT_JS = "context://charts/sf-chart.js";

  private static final ObjectMapper JSON = new ObjectMapper();

  public enum Type {
    LINE,
    BAR
  }

  /** What the y axis of a dataset counts: datasets of different units get a left and a right axis. */
  public enum Unit {
    NONE(""),
    PERCENT("%"),
    HOURS("h");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** One series; a null value is a gap (no data for that label). */
  public record Dataset(String label, List<Double> values, Unit unit) {
    public Dataset {
      Objects.requireNonNull(label);
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
      unit = unit == null ? Unit.NONE : unit;
    }
  }

  private record DatasetJson(String label, List<Double> values, String unit) {}

  private record ConfigJson(String type, List<String> labels, List<DatasetJson> datasets) {}

  private final Type type;
  private List<String> labels = List.of();
  private List<Dataset> datasets = List.of();

  public Chart(Type type, String ariaLabel) {
    this.type = Objects.requireNonNull(type);
    getElement().setAttribute("role", "img");
    getElement().setAttribute("aria-label", ariaLabel);
    addClassName("sf-chart");
  }

  /** Replaces what the chart shows; every dataset needs one value per label. */
  public void setData(List<String> labels, List<Dataset> datasets) {
    for (Dataset d : datasets) {
      if (d.values().size() != labels.size()) {
        throw new IllegalArgumentException(
            "Dataset %s has %d values for %d labels".formatted(d.label(), d.values().size(), labels.size()));
      }
    }
    this.labels = List.copyOf(labels);
    this.datasets = List.copyOf(datasets);
    ConfigJson config =
        new ConfigJson(
            type.name().toLowerCase(java.util.Locale.ROOT),
            this.labels,
            this.datasets.stream().map(d -> new DatasetJson(d.label(), d.values(), d.unit().symbol())).toList());
    try {
      getElement().setAttribute("config", JSON.writeValueAsString(config));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Chart data cannot be written as JSON", e);
    }
  }

  public Type type() {
    return type;
  }

  public List<String> labels() {
    return labels;
  }

  public List<Dataset> datasets() {
    return datasets;
  }

  public String ariaLabel() {
    return getElement().getAttribute("aria-label");
  }

  public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
    return addListener(PointClickEvent.class, listener);
  }

  /** A click on a point (line) or bar: the dataset's index and the label's index. */
  @DomEvent("sf-chart-click")
  public static class PointClickEvent extends ComponentEvent<Chart> {

    private final int datasetIndex;
    private final int index;

    public PointClickEvent(
        Chart source,
        boolean fromClient,
        @EventData("event.detail.datasetIndex") int datasetIndex,
        @EventData("event.detail.index") int index) {
      super(source, fromClient);
      this.datasetIndex = datasetIndex;
      this.index = index;
    }

    public int datasetIndex() {
      return datasetIndex;
    }

    public int index() {
      return index;
    }
  }
}
