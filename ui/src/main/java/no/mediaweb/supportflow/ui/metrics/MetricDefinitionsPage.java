package no.mediaweb.supportflow.ui.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The written metric definitions ({@code metrics-definitions.md} of the reporting module) as HTML.
 * Raw HTML in the text is escaped and link targets are sanitised, although the file is ours.
 */
final class MetricDefinitionsPage {

  static final String RESOURCE = "/metrics-definitions.md";

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private MetricDefinitionsPage() {}

  static String markdown() {
    try (InputStream in = MetricDefinitionsPage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath (the reporting module ships it)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The definitions as one {@code <div>} element, as Vaadin's {@code Html} needs. */
  static String html() {
    return render(markdown());
  }

  static String render(String markdown) {
    Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    return "<div class=\"sf-metrics-help\">" + renderer.render(parser.parse(markdown)) + "</div>";
  }
}
