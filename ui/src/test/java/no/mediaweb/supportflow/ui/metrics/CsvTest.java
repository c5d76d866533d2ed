package no.mediaweb.supportflow.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void fields_with_commas_quotes_or_line_breaks_are_quoted_and_lines_end_in_crlf() {
    String csv = Csv.of(List.of("Agent", "Note"), List.of(List.of("Dahl, Alex", "said \"hi\""), List.of("Bea", "two\nlines")));

    assertThat(csv).isEqualTo("Agent,Note\r\n\"Dahl, Alex\",\"said \"\"hi\"\"\"\r\nBea,\"two\nlines\"\r\n");
  }

  @Test
  void a_text_starting_like_a_formula_cannot_run_but_numbers_stay_numbers() {
    assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.field("@sum")).isEqualTo("'@sum");
    assertThat(Csv.field("-12.5")).isEqualTo("-12.5");
    assertThat(Csv.field("")).isEmpty();
    assertThat(Csv.field(null)).isEmpty();
  }
}
