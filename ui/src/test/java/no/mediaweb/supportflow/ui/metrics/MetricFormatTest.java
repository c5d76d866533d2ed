package no.mediaweb.supportflow.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MetricFormatTest {

  @Test
  void durations_read_as_days_hours_and_minutes() {
    assertThat(MetricFormat.duration(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
    assertThat(MetricFormat.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(MetricFormat.duration(Duration.ofHours(3))).isEqualTo("3 h");
    assertThat(MetricFormat.duration(Duration.ofHours(52).plusMinutes(10))).isEqualTo("2 d 4 h");
    assertThat(MetricFormat.duration(Duration.ofDays(2))).isEqualTo("2 d");
    assertThat(MetricFormat.duration(Duration.ofSeconds(30))).isEqualTo("0 min");
    assertThat(MetricFormat.duration(null)).isEqualTo("—");
  }

  @Test
  void percentages_have_one_decimal_and_none_is_a_dash() {
    assertThat(MetricFormat.percent(OptionalDouble.of(200.0 / 3))).isEqualTo("66.7 %");
    assertThat(MetricFormat.percent(OptionalDouble.of(100))).isEqualTo("100.0 %");
    assertThat(MetricFormat.percent(OptionalDouble.empty())).isEqualTo("—");
  }

  @Test
  void tiers_read_as_words() {
    assertThat(List.of("L2", "L3", "MANAGEMENT", "PRODUCT", "NONE").stream().map(MetricFormat::tier))
        .containsExactly("L2", "L3", "Management", "Product", "None");
  }

  @Test
  void counts_take_the_singular_for_one() {
    assertThat(MetricFormat.plural(1, "answer")).isEqualTo("1 answer");
    assertThat(MetricFormat.plural(0, "answer")).isEqualTo("0 answers");
    assertThat(MetricFormat.plural(1204, "review")).isEqualTo("1,204 reviews");
  }
}
