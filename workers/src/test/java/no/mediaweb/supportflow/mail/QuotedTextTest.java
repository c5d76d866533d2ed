package no.mediaweb.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

  @Test
  void the_history_below_an_on_wrote_line_is_cut_off() {
    String body =
        """
        Firefox 128 on Windows 11.

        Regards, Ana

        On Mon, 7 Dec 2026 at 10:00, Mediaweb Support <support@mediaweb.no> wrote:
        > Which browser do you use?
        """;
    assertThat(QuotedText.newPart(body)).isEqualTo("Firefox 128 on Windows 11.\n\nRegards, Ana");
  }

  @Test
  void a_wrapped_on_wrote_line_and_quoted_lines_are_cut_off() {
    String body = "It works now.\r\nOn Mon, 7 Dec 2026 at 10:00, Mediaweb Support\r\n<support@mediaweb.no> wrote:\r\n> Try again\r\n";
    assertThat(QuotedText.newPart(body)).isEqualTo("It works now.");
    assertThat(QuotedText.newPart("Yes.\n> quoted\nmore")).isEqualTo("Yes.");
  }

  @Test
  void spanish_and_outlook_style_headers_are_cut_off() {
    assertThat(QuotedText.newPart("Sí, funciona.\nEl lun, 7 dic 2026 a las 10:00, Soporte <s@m.no> escribió:\n> ¿Y ahora?"))
        .isEqualTo("Sí, funciona.");
    assertThat(QuotedText.newPart("Done.\n-----Original Message-----\nFrom: Support")).isEqualTo("Done.");
  }

  @Test
  void a_mail_without_history_is_kept_whole() {
    assertThat(QuotedText.newPart("  Line one\nOnly on Mondays it fails.\n")).isEqualTo("Line one\nOnly on Mondays it fails.");
  }
}
