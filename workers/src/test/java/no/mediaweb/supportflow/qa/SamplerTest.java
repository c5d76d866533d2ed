package no.mediaweb.supportflow.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;
import org.junit.jupiter.api.Test;

class SamplerTest {

  private long nextId = 1;

  @Test
  void five_percent_of_an_agents_tickets_are_drawn() {
    List<SampleCandidate> tickets = tickets("alex", Plan.PRO, Channel.WEB, 200);

    assertThat(Sampler.draw(tickets, 0.05, 2, 42L)).hasSize(10);
  }

  @Test
  void the_rate_rounds_up_so_a_busy_agent_is_never_under_sampled() {
    assertThat(Sampler.sampleSize(41, 0.05, 2)).isEqualTo(3);
    assertThat(Sampler.sampleSize(40, 0.05, 2)).isEqualTo(2);
  }

  @Test
  void every_agent_with_closed_tickets_gets_at_least_two_reviews_or_all_when_they_closed_fewer() {
    List<SampleCandidate> tickets = new ArrayList<>();
    tickets.addAll(tickets("alex", Plan.PRO, Channel.WEB, 10));
    tickets.addAll(tickets("sam", Plan.STARTER, Channel.EMAIL, 1));
    tickets.addAll(tickets("lee", Plan.ENTERPRISE, Channel.API, 3));

    Map<String, Long> perAgent = Sampler.draw(tickets, 0.05, 2, 7L).stream()
        .collect(Collectors.groupingBy(SampleCandidate::agent, Collectors.counting()));

    assertThat(perAgent).containsExactlyInAnyOrderEntriesOf(Map.of("alex", 2L, "sam", 1L, "lee", 2L));
  }

  @Test
  void each_agents_sample_is_spread_over_plan_and_channel_in_proportion() {
    List<SampleCandidate> tickets = new ArrayList<>();
    tickets.addAll(tickets("alex", Plan.PRO, Channel.WEB, 120));
    tickets.addAll(tickets("alex", Plan.STARTER, Channel.EMAIL, 60));
    tickets.addAll(tickets("alex", Plan.ENTERPRISE, Channel.API, 20));

    Map<String, Long> perStratum = Sampler.draw(tickets, 0.10, 2, 99L).stream()
        .collect(Collectors.groupingBy(SampleCandidate::stratum, Collectors.counting()));

    assertThat(perStratum).containsExactlyInAnyOrderEntriesOf(
        Map.of("PRO/WEB", 12L, "STARTER/EMAIL", 6L, "ENTERPRISE/API", 2L));
  }

  @Test
  void the_seats_left_after_rounding_down_go_to_the_strata_with_the_largest_remainders() {
    List<SampleCandidate> tickets = new ArrayList<>();
    tickets.addAll(tickets("alex", Plan.PRO, Channel.WEB, 7));
    tickets.addAll(tickets("alex", Plan.STARTER, Channel.EMAIL, 3));

    Map<String, Long> perStratum = Sampler.draw(tickets, 0.05, 2, 1L).stream()
        .collect(Collectors.groupingBy(SampleCandidate::stratum, Collectors.counting()));

    // 2 × 7/10 = 1.4 and 2 × 3/10 = 0.6: one each
    assertThat(perStratum).containsExactlyInAnyOrderEntriesOf(Map.of("PRO/WEB", 1L, "STARTER/EMAIL", 1L));
  }

  @Test
  void the_same_seed_draws_the_same_sample_and_another_seed_a_different_one() {
    List<SampleCandidate> tickets = tickets("alex", Plan.PRO, Channel.WEB, 400);

    List<SampleCandidate> first = Sampler.draw(tickets, 0.05, 2, 1234L);
    assertThat(Sampler.draw(List.copyOf(tickets).reversed(), 0.05, 2, 1234L)).isEqualTo(first);
    assertThat(Sampler.draw(tickets, 0.05, 2, 4321L)).isNotEqualTo(first);
  }

  @Test
  void a_ticket_is_drawn_at_most_once_and_only_from_the_candidates() {
    List<SampleCandidate> tickets = tickets("alex", Plan.PRO, Channel.WEB, 300);

    List<SampleCandidate> sample = Sampler.draw(tickets, 0.5, 2, 5L);

    Set<Long> ids = new HashSet<>();
    sample.forEach(s -> assertThat(ids.add(s.ticketId())).isTrue());
    assertThat(tickets).containsAll(sample);
  }

  @Test
  void over_many_seeds_every_ticket_has_about_the_same_chance() {
    List<SampleCandidate> tickets = tickets("alex", Plan.PRO, Channel.WEB, 20);
    int[] hits = new int[20];
    for (long seed = 0; seed < 4000; seed++) {
      Sampler.draw(tickets, 0.10, 2, seed).forEach(s -> hits[(int) (s.ticketId() - tickets.getFirst().ticketId())]++);
    }
    // 2 of 20 per draw: 400 expected per ticket
    for (int h : hits) {
      assertThat(h).isBetween(300, 500);
    }
  }

  private List<SampleCandidate> tickets(String agent, Plan plan, Channel channel, int count) {
    List<SampleCandidate> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new SampleCandidate(nextId++, agent, plan, channel));
    }
    return list;
  }
}
