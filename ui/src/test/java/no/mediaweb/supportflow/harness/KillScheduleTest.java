package no.mediaweb.supportflow.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.mediaweb.supportflow.harness.KillSchedule.Kill;
import no.mediaweb.supportflow.harness.KillSchedule.Kind;
import org.junit.jupiter.api.Test;

class KillScheduleTest {

  @Test
  void ten_kills_in_a_thousand_tickets_are_spread_over_the_first_eight_hundred_in_order() {
    List<Kill> kills = KillSchedule.plan(1000, 10, 20261127).kills();

    assertThat(kills).hasSize(10);
    assertThat(kills).extracting(Kill::afterTickets).isSorted().allMatch(after -> after >= 1 && after <= 800);
    for (int k = 0; k < 10; k++) {
      assertThat(kills.get(k).afterTickets()).isBetween(80 * k + 20, 80 * k + 60);
    }
  }

  @Test
  void half_the_kills_fall_at_random_moments_and_half_at_completions_of_workers_and_agents_in_turn() {
    KillSchedule schedule = KillSchedule.plan(1000, 10, 20261127);

    assertThat(schedule.kills()).extracting(Kill::kind).containsExactly(
        Kind.RANDOM, Kind.WORKER_COMPLETION, Kind.RANDOM, Kind.INBOX_COMPLETION, Kind.RANDOM, Kind.WORKER_COMPLETION,
        Kind.RANDOM, Kind.INBOX_COMPLETION, Kind.RANDOM, Kind.WORKER_COMPLETION);
    assertThat(schedule.kills()).filteredOn(kill -> kill.kind() == Kind.RANDOM)
        .extracting(Kill::delayMillis).allMatch(delay -> delay >= 0 && delay <= KillSchedule.MAX_RANDOM_DELAY_MILLIS);
    assertThat(schedule.kills()).filteredOn(kill -> kill.kind() != Kind.RANDOM).extracting(Kill::delayMillis).containsOnly(0);
  }

  @Test
  void the_same_seed_plans_the_same_kills_and_another_seed_others() {
    assertThat(KillSchedule.plan(1000, 10, 7)).isEqualTo(KillSchedule.plan(1000, 10, 7));
    assertThat(KillSchedule.plan(1000, 10, 8)).isNotEqualTo(KillSchedule.plan(1000, 10, 7));
  }

  @Test
  void as_many_kills_as_tickets_stay_within_the_run_and_more_are_refused() {
    assertThat(KillSchedule.plan(3, 3, 1).kills()).extracting(Kill::afterTickets).allMatch(after -> after >= 1 && after <= 3);
    assertThat(KillSchedule.plan(60, 0, 1).kills()).isEmpty();
    assertThatThrownBy(() -> KillSchedule.plan(3, 4, 1)).hasMessageContaining("--kills");
  }
}
