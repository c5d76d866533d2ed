package no.mediaweb.supportflow.ui.metrics;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import no.mediaweb.supportflow.ui.KaribuViewTest;
import no.mediaweb.supportflow.ui.login.LoginView;
import no.mediaweb.supportflow.user.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MetricsHelpViewTest extends KaribuViewTest {

  @ParameterizedTest
  @EnumSource(Role.class)
  void every_staff_role_reads_the_metric_definitions_as_a_formatted_page(Role role) {
    loginAs(staffMember("help." + role.name().toLowerCase(), role), role);

    navigate("metrics/help");

    assertThat(getCurrentView()).isEqualTo(MetricsHelpView.class);
    String html = _get(Html.class, spec -> spec.withId("metrics-definitions")).getElement().getOuterHTML();
    assertThat(html)
        .contains("<h1>Support metrics: definitions</h1>")
        .contains("<th>Figure</th>")
        .contains("<td>First-contact resolution</td>")
        .contains("<strong>Median and 90th percentile</strong>")
        .doesNotContain("| --- |");
  }

  @Test
  void anonymous_visitors_are_sent_to_the_login() {
    navigate("metrics/help");

    assertThat(getCurrentView()).isEqualTo(LoginView.class);
  }

  @Test
  void html_in_the_markdown_is_shown_as_text_and_script_links_are_dropped() {
    String html = MetricDefinitionsPage.render("Say <script>alert(1)</script> and [go](javascript:alert(2))");

    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>").doesNotContain("javascript:");
  }
}
