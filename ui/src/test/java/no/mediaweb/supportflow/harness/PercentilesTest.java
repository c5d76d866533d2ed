package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void percentiles_interpolate_linearly_between_the_closest_ranks() {
    double[] sorted = {10, 20, 30, 40};

    assertThat(Percentiles.percentile(sorted, 0.5)).isEqualTo(25.0);
    assertThat(Percentiles.percentile(sorted, 0.0)).isEqualTo(10.0);
    assertThat(Percentiles.percentile(sorted, 1.0)).isEqualTo(40.0);
    assertThat(Percentiles.percentile(sorted, 0.99)).isCloseTo(39.7, within(1e-9));
  }

  @Test
  void the_p99_of_one_to_a_hundred_lies_just_below_the_largest() {
    Percentiles figures = Percentiles.of(IntStream.rangeClosed(1, 100).boxed().toList());

    assertThat(figures.count()).isEqualTo(100);
    assertThat(figures.p50()).isCloseTo(50.5, within(1e-9));
    assertThat(figures.p99()).isCloseTo(99.01, within(1e-9));
    assertThat(figures.max()).isEqualTo(100.0);
  }

  @Test
  void unsorted_input_is_sorted_first_and_a_single_value_is_every_percentile() {
    assertThat(Percentiles.of(List.of(300, 100, 200)).p50()).isEqualTo(200.0);
    Percentiles one = Percentiles.of(List.of(42));
    assertThat(one.p50()).isEqualTo(42.0);
    assertThat(one.p99()).isEqualTo(42.0);
  }

  @Test
  void no_values_give_empty_figures_and_a_percentile_outside_zero_to_one_is_refused() {
    assertThat(Percentiles.of(List.<Long>of()).isEmpty()).isTrue();
    assertThat(Percentiles.of(List.<Long>of()).p99()).isNaN();
    assertThatThrownBy(() -> Percentiles.percentile(new double[] {1}, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.percentile(new double[] {}, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
