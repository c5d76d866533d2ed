package no.mediaweb.supportflow.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ViewerTimeTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void due_times_read_as_time_left_or_time_overdue() {
    assertThat(ViewerTime.relativeDue(NOW.plus(Duration.ofMinutes(192)), NOW)).isEqualTo("in 3 h 12 min");
    assertThat(ViewerTime.relativeDue(NOW.plus(Duration.ofHours(2)), NOW)).isEqualTo("in 2 h");
    assertThat(ViewerTime.relativeDue(NOW.plus(Duration.ofHours(51)), NOW)).isEqualTo("in 2 d 3 h");
    assertThat(ViewerTime.relativeDue(NOW.plusSeconds(20), NOW)).isEqualTo("due in under a minute");
    assertThat(ViewerTime.relativeDue(NOW.minus(Duration.ofMinutes(20)), NOW)).isEqualTo("overdue by 20 min");
    assertThat(ViewerTime.relativeDue(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo("overdue by 1 d");
    assertThat(ViewerTime.relativeDue(null, NOW)).isEqualTo("—");
  }

  @Test
  void due_times_on_a_line_of_their_own_say_due_in_or_overdue_by() {
    assertThat(ViewerTime.dueOrOverdue(NOW.plus(Duration.ofMinutes(35)), NOW)).isEqualTo("due in 35 min");
    assertThat(ViewerTime.dueOrOverdue(NOW.plusSeconds(20), NOW)).isEqualTo("due in under a minute");
    assertThat(ViewerTime.dueOrOverdue(NOW.minus(Duration.ofMinutes(80)), NOW)).isEqualTo("overdue by 1 h 20 min");
    assertThat(ViewerTime.dueOrOverdue(null, NOW)).isEqualTo("—");
  }

  @Test
  void instants_show_in_the_viewers_zone_with_the_zone_named() {
    assertThat(ViewerTime.format(NOW, ZoneId.of("Europe/Oslo"))).isEqualTo("26 Nov 2026, 11:00 CET");
    assertThat(ViewerTime.format(NOW, ViewerTime.UTC)).isEqualTo("26 Nov 2026, 10:00 UTC");
    assertThat(ViewerTime.ago(NOW.minus(Duration.ofMinutes(5)), NOW)).isEqualTo("5 min ago");
  }
}
