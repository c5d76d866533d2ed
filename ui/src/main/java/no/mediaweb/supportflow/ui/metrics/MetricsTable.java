package no.mediaweb.supportflow.ui.metrics;

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
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;

/**
 * A titled table of figures with its "Download CSV" link. Each column has what the screen shows
 * ("3 h 20 min", "97.5 %") and what the file holds (minutes, 97.5), so the file can be calculated
 * with. The file is UTF-8 with a byte order mark (spreadsheets then read names with æ, ø, å right)
 * and a header row.
 */
final class MetricsTable<T> extends Div {

  /** A column: the screen's header and text, the file's header and value. */
  record Column<T>(String header, Function<T, String> shown, String csvHeader, Function<T, String> csv, boolean numeric) {

    static <T> Column<T> text(String header, Function<T, String> value) {
      return new Column<>(header, value, header, value, false);
    }

    static <T> Column<T> number(String header, Function<T, String> value) {
      return new Column<>(header, value, header, value, true);
    }

    /** Text that reads differently on screen and in the file (e.g. "Oct 2026" and "2026-10"). */
    static <T> Column<T> text(String header, Function<T, String> shown, Function<T, String> csv) {
      return new Column<>(header, shown, header, csv, false);
    }

    static <T> Column<T> figure(String header, Function<T, String> shown, String csvHeader, Function<T, String> csv) {
      return new Column<>(header, shown, csvHeader, csv, true);
    }
  }

  static final String BYTE_ORDER_MARK = "\uFEFF";

  private final List<Column<T>> columns;
  private final Grid<T> grid = new Grid<>();
  private final Anchor download;
  private final String name;
  private Supplier<String> fileSuffix = () -> "";
  private List<T> rows = List.of();

  MetricsTable(String id, String title, String name, List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
    this.name = name;
    setId(id);
    addClassNames("sf-metrics-table", "sf-card");
    grid.setId(id + "-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    for (int i = 0; i < this.columns.size(); i++) {
      Column<T> column = this.columns.get(i);
      Grid.Column<T> gridColumn = grid.addColumn(column.shown()::apply).setHeader(column.header()).setKey("c" + i).setAutoWidth(true);
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

  List<T> rows() {
    return rows;
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
