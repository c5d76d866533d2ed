package no.mediaweb.supportflow.ui.metrics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break in double quotes (quotes
 * doubled). A text field starting like a spreadsheet formula gets a leading apostrophe, so opening
 * the file cannot run it.
 */
final class Csv {

  private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n]");

  private Csv() {}

  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, header);
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
    return NEEDS_QUOTES.matcher(safe).find() ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  private static boolean isNumber(String value) {
    return value.matches("-?\\d+(\\.\\d+)?");
  }
}
