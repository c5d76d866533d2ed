package no.mediaweb.supportflow.ui.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.mediaweb.supportflow.ui.components.Chart.Dataset;
import no.mediaweb.supportflow.ui.components.Chart.Type;
import no.mediaweb.supportflow.ui.components.Chart.Unit;
import org.junit.jupiter.api.Test;

class ChartTest {

  @Test
  void the_element_gets_labels_datasets_and_units_as_json_and_an_aria_label() throws Exception {
    Chart chart = new Chart(Type.LINE, "First response time, last 12 months");
    chart.setData(
        List.of("2026-09", "2026-10"),
        List.of(
            new Dataset("Median", Arrays.asList(1.5, null), Unit.HOURS),
            new Dataset("Met", List.of(97.25, 88.0), Unit.PERCENT)));

    JsonNode config = new ObjectMapper().readTree(chart.getElement().getAttribute("config"));
    assertThat(config.get("type").asText()).isEqualTo("line");
    assertThat(config.get("labels").toString()).isEqualTo("[\"2026-09\",\"2026-10\"]");
    assertThat(config.get("datasets").get(0).toString()).isEqualTo("{\"label\":\"Median\",\"values\":[1.5,null],\"unit\":\"h\"}");
    assertThat(config.get("datasets").get(1).get("unit").asText()).isEqualTo("%");
    assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("First response time, last 12 months");
    assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
  }

  @Test
  void a_dataset_needs_one_value_per_label() {
    Chart chart = new Chart(Type.BAR, "Backlog");

    assertThatThrownBy(() -> chart.setData(List.of("a", "b"), List.of(new Dataset("Backlog", List.of(1.0), Unit.NONE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dataset Backlog has 1 values for 2 labels");
    assertThat(chart.getElement().hasAttribute("config")).isFalse();
  }

  @Test
  void a_click_on_a_point_reaches_the_listener_with_dataset_and_index() {
    Chart chart = new Chart(Type.BAR, "Escalations");
    List<String> clicks = new ArrayList<>();
    chart.addPointClickListener(e -> clicks.add(e.datasetIndex() + ":" + e.index()));

    ComponentUtil.fireEvent(chart, new Chart.PointClickEvent(chart, true, 1, 4));

    assertThat(clicks).containsExactly("1:4");
  }

  @Test
  void the_scripts_the_chart_loads_are_on_the_classpath() {
    for (String script : List.of(Chart.CHART_JS, Chart.ELEMENT_JS)) {
      String resource = "META-INF/resources/" + script.substring("context://".length());
      assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
    }
  }
}
