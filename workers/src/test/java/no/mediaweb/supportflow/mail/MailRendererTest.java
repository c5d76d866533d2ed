package no.mediaweb.supportflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailRendererTest {

  private final MailRenderer renderer = new MailRenderer();

  @Test
  void an_english_information_request_carries_the_ticket_number_the_question_and_the_link() {
    RenderedMail mail = render(MailTemplate.INFO_REQUEST, "en");

    assertThat(mail.subject()).isEqualTo("[MW-000123] We need more information");
    assertThat(mail.text())
        .startsWith("Hello Ana Díaz,")
        .contains("Alex Agent needs more information to help you with \"Checkout fails\":")
        .contains("Which browser <b>exactly</b>?")
        .contains("Answer on your ticket page: https://support.example/my-ticket/MW-000123/token");
    assertThat(mail.html()).contains("<html lang=\"en\">", "href=\"https://support.example/my-ticket/MW-000123/token\"");
  }

  @Test
  void a_spanish_customer_gets_the_spanish_texts() {
    RenderedMail mail = render(MailTemplate.INFO_REQUEST, "es");

    assertThat(mail.subject()).isEqualTo("[MW-000123] Necesitamos más información");
    assertThat(mail.text()).startsWith("Hola, Ana Díaz:").contains("necesita más información");
    assertThat(mail.html()).contains("<html lang=\"es\">", "Responder en la página de su ticket");
  }

  @Test
  void a_language_without_texts_falls_back_to_english() {
    assertThat(render(MailTemplate.AGENT_REPLY, "nb").subject()).isEqualTo("[MW-000123] New reply to your request");
    assertThat(render(MailTemplate.AGENT_REPLY, null).subject()).isEqualTo("[MW-000123] New reply to your request");
  }

  @Test
  void user_content_is_escaped_in_the_html_part_only() {
    RenderedMail mail = render(MailTemplate.INFO_REQUEST, "en");

    assertThat(mail.html())
        .contains("Which browser &lt;b&gt;exactly&lt;/b&gt;?<br>")
        .contains("&quot;Checkout fails&quot;")
        .doesNotContain("<b>exactly</b>");
    assertThat(mail.text()).contains("<b>exactly</b>");
  }

  @Test
  void dates_are_written_in_the_customers_zone_and_language() {
    Instant due = Instant.parse("2026-12-07T09:00:00Z");
    assertThat(MailRenderer.formatInstant(due, ZoneId.of("Europe/Oslo"), "en")).isEqualTo("Monday 7 December 2026 at 10:00");
    assertThat(MailRenderer.formatInstant(due, ZoneId.of("Europe/Madrid"), "es")).isEqualTo("lunes 7 de diciembre de 2026 a las 10:00");
  }

  private RenderedMail render(MailTemplate template, String language) {
    return renderer.render(
        new MailRenderer.Content(
            template, language, "MW-000123",
            Map.of("name", "Ana Díaz", "subject", "Checkout fails", "author", "Alex Agent", "email", "ana@example.com"),
            "Which browser <b>exactly</b>?\nAnd which version?", "https://support.example/my-ticket/MW-000123/token"));
  }
}
