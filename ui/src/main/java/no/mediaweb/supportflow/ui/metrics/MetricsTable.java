package no.mediaweb.supportflow.ui.metrics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import no.mediaweb.supportflow.reporting.metrics.Metric;
import no.mediaweb.supportflow.reporting.metrics.MetricsFilter;
import org.springframework.http.ContentDisposition;

/**
 * A titled table of figures with its "Download CSV" link. Each column has what the screen shows
 * ("3 h 20 min", "97.5 %") and what the file holds (minutes, 97.5), so the file can be calculated
 * with. The file is UTF-8 with a byte order mark (spreadsheets then read names with æ, ø, å right)
 * and a header row.
 */
final class MetricsTable<T> extends Div {

  /**
   * The tickets behind a cell: a figure, how the cell's row narrows the page's filter (its plan,
   * month, agent …), and for escalations the tier and reason.
   */
  record Drill(Metric metric, UnaryOperator<MetricsFilter> narrow, String tier, String reason) {

    static Drill of(Metric metric, UnaryOperator<MetricsFilter> narrow) {
      return new Drill(metric, narrow, null, null);
    }
  }

  /**
   * A column: the screen's header and text, the file's header and value; a column with {@code
   * drill} shows each cell as a button that lists the tickets behind it.
   */
  record Column<T>(
      String header, Function<T, String> shown, String csvHeader, Function<T, String> csv, boolean numeric, Function<T, Drill> drill) {

    static <T> Column<T> text(String header, Function<T, String> value) {
      return new Column<>(header, value, header, value, false, null);
    }

    /** Text that reads differently on screen and in the file (e.g. "Oct 2026" and "2026-10"). */
    static <T> Column<T> text(String header, Function<T, String> shown, Function<T, String> csv) {
      return new Column<>(header, shown, header, csv, false, null);
    }

    static <T> Column<T> figure(String header, Function<T, String> shown, String csvHeader, Function<T, String> csv) {
      return new Column<>(header, shown, csvHeader, csv, true, null);
    }

    Column<T> drillingTo(Function<T, Drill> drill) {
      return new Column<>(header, shown, csvHeader, csv, numeric, drill);
    }

    /** The grid column's key: the file's header in lower case with dashes, e.g. "first-responses". */
    String key() {
      return csvHeader.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
  }

  static final String BYTE_ORDER_MARK = "\uFEFF";

  private final List<Column<T>> columns;
  private final Consumer<Drill> onDrill;
  private final Grid<T> grid = new Grid<>();
  private final Anchor download;
  private final String name;
  private Supplier<String> fileSuffix = () -> "";
  private List<T> rows = List.of();

  MetricsTable(String id, String title, String name, List<Column<T>> columns, Consumer<Drill> onDrill) {
    this.columns = List.copyOf(columns);
    this.onDrill = onDrill;
    this.name = name;
    setId(id);
    addClassNames("sf-metrics-table", "sf-card");
    grid.setId(id + "-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    for (int i = 0; i < this.columns.size(); i++) {
      Column<T> column = this.columns.get(i);
      Grid.Column<T> gridColumn = column.drill() == null
          ? grid.addColumn(column.shown()::apply)
          : grid.addComponentColumn(row -> drillButton(column, row));
      gridColumn.setHeader(column.header()).setKey(column.key()).setAutoWidth(true);
      if (column.numeric()) {
        gridColumn.setTextAlign(ColumnTextAlign.END);
      }
    }
    grid.setEmptyStateText("No figures for this selection.");
    grid.setAriaLabel(title);
    download = new Anchor(csvDownload(), "");
    download.add(VaadinIcon.DOWNLOAD_ALT.create());
    download.add(" Download CSV");
    download.setId(id + "-csv");
    download.getElement().setAttribute("aria-label", "Download CSV: " + title);
    Div header = new Div(new H3(title), download);
    header.addClassName("sf-metrics-table-header");
    add(header, grid);
  }

  /** The part of the file name that tells month and filters, e.g. "2026-10-pro". */
  void setFileSuffix(Supplier<String> suffix) {
    this.fileSuffix = suffix;
  }

  void setRows(List<T> rows) {
    this.rows = List.copyOf(rows);
    grid.setItems(this.rows);
  }

  Grid<T> grid() {
    return grid;
  }

  String fileName() {
    String suffix = fileSuffix.get();
    return "supportflow-" + name + (suffix.isEmpty() ? "" : "-" + suffix) + ".csv";
  }

  /** The file's text, exactly what the download sends (after the byte order mark). */
  String csv() {
    List<List<String>> lines = new ArrayList<>();
    for (T row : rows) {
      lines.add(columns.stream().map(c -> c.csv().apply(row)).toList());
    }
    return Csv.of(columns.stream().map(Column::csvHeader).toList(), lines);
  }

  private Button drillButton(Column<T> column, T row) {
    String text = column.shown().apply(row);
    Button button = new Button(text, click -> onDrill.accept(column.drill().apply(row)));
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    button.addClassName("sf-drill-cell");
    button.setAriaLabel(column.header() + ": " + text + ". Show the tickets");
    return button;
  }

  private DownloadHandler csvDownload() {
    return event -> {
      byte[] bytes = (BYTE_ORDER_MARK + csv()).getBytes(StandardCharsets.UTF_8);
      event.setContentType("text/csv; charset=UTF-8");
      event.setContentLength(bytes.length);
      event.getResponse()
          .setHeader("Content-Disposition", ContentDisposition.attachment().filename(fileName(), StandardCharsets.UTF_8).build().toString());
      event.getOutputStream().write(bytes);
    };
  }
}
