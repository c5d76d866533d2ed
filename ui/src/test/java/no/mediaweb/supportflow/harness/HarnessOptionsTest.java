package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HarnessOptionsTest {

  private static final Map<String, String> DEFAULTS = Map.of("tickets", "2000", "at-risk-fraction", "0.0002");

  @Test
  void given_options_override_the_defaults() {
    HarnessOptions options = HarnessOptions.parse(new String[] {"--tickets=50"}, DEFAULTS);

    assertThat(options.positiveInt("tickets")).isEqualTo(50);
    assertThat(options.fraction("at-risk-fraction")).isEqualTo(0.0002);
  }

  @Test
  void unknown_malformed_or_out_of_range_options_are_refused_with_the_option_named() {
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--ticket=5"}, DEFAULTS)).hasMessageContaining("--ticket");
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"tickets=5"}, DEFAULTS)).hasMessageContaining("--name=value");
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--tickets=0"}, DEFAULTS).positiveInt("tickets"))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--tickets=many"}, DEFAULTS).positiveInt("tickets"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--at-risk-fraction=1.5"}, DEFAULTS).fraction("at-risk-fraction"))
        .hasMessageContaining("between 0 and 1");
  }
}
