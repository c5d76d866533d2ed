package no.mediaweb.supportflow.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionTemplateTest {

  @Test
  void the_untouched_template_and_blank_text_count_as_unfilled() {
    assertThat(DescriptionTemplate.isUnfilled(DescriptionTemplate.TEXT)).isTrue();
    assertThat(DescriptionTemplate.isUnfilled("  \n")).isTrue();
    assertThat(DescriptionTemplate.isUnfilled(null)).isTrue();
  }

  @Test
  void any_text_under_a_heading_counts_as_filled() {
    assertThat(DescriptionTemplate.isUnfilled(DescriptionTemplate.TEXT.replace("Impact:", "Impact: shop is down"))).isFalse();
    assertThat(DescriptionTemplate.isUnfilled(DescriptionTemplate.TEXT.replace("1.", "1. Open the cart"))).isFalse();
    assertThat(DescriptionTemplate.isUnfilled("The checkout fails.")).isFalse();
  }
}
