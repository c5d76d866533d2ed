package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CrashSafetyOptionsTest {

  private static CrashSafety.Options parse(String... args) {
    return CrashSafety.Options.of(HarnessOptions.parse(args, CrashSafety.DEFAULTS));
  }

  @Test
  void the_defaults_are_the_goal_of_issue_7_a_thousand_tickets_ten_kills_and_an_outage_longer_than_a_minute() {
    CrashSafety.Options options = parse();

    assertThat(options.tickets()).isEqualTo(1000);
    assertThat(options.kills()).isEqualTo(10);
    assertThat(options.concurrency()).isEqualTo(16);
    assertThat(options.outageSeconds()).isEqualTo(75);
    assertThat(options.settleMinutes()).isEqualTo(10);
    assertThat(options.reportDir()).isEqualTo(Path.of("target"));
    assertThat(options.inboxRecoveryAfter()).isEmpty();
  }

  @Test
  void the_inbox_recovery_delay_is_an_iso_duration() {
    assertThat(parse("--inbox-recovery-after=PT10M").inboxRecoveryAfter()).contains(java.time.Duration.ofMinutes(10));
    assertThatThrownBy(() -> parse("--inbox-recovery-after=10m")).hasMessageContaining("--inbox-recovery-after");
  }

  @Test
  void a_small_run_without_outage_or_kills_is_allowed() {
    CrashSafety.Options options = parse("--tickets=60", "--kills=0", "--db-outage-seconds=0");

    assertThat(options.tickets()).isEqualTo(60);
    assertThat(options.kills()).isZero();
    assertThat(options.outageSeconds()).isZero();
  }

  @Test
  void negative_kills_or_outage_and_more_kills_than_tickets_are_refused_with_the_option_named() {
    assertThatThrownBy(() -> parse("--kills=-1")).hasMessageContaining("--kills");
    assertThatThrownBy(() -> parse("--db-outage-seconds=-5")).hasMessageContaining("--db-outage-seconds");
    assertThatThrownBy(() -> parse("--tickets=5", "--kills=6")).hasMessageContaining("--kills");
    assertThatThrownBy(() -> parse("--kill=3")).hasMessageContaining("--kill");
  }
}
