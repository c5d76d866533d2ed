package no.mediaweb.supportflow.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The random draw itself, free of storage: per agent {@code ceil(rate × n)} tickets but at least
 * {@code minPerAgent} (all of them when the agent has fewer), allocated to the agent's plan × channel
 * strata in proportion to their size (largest remainder), then drawn at random within each stratum.
 * The same candidates and seed always give the same sample.
 */
public final class Sampler {

  private Sampler() {}

  public static List<SampleCandidate> draw(List<SampleCandidate> candidates, double rate, int minPerAgent, long seed) {
    if (rate <= 0 || rate > 1) {
      throw new IllegalArgumentException("The sample rate is a fraction in (0, 1]");
    }
    Map<String, List<SampleCandidate>> byAgent =
        candidates.stream().collect(Collectors.groupingBy(SampleCandidate::agent, TreeMap::new, Collectors.toList()));
    List<SampleCandidate> sample = new ArrayList<>();
    byAgent.forEach((agent, tickets) -> sample.addAll(drawForAgent(agent, tickets, rate, minPerAgent, seed)));
    sample.sort(Comparator.comparingLong(SampleCandidate::ticketId));
    return sample;
  }

  /** How many of an agent's {@code n} tickets are drawn. */
  public static int sampleSize(int n, double rate, int minPerAgent) {
    int proportional = (int) Math.ceil(rate * n - 1e-9);
    return Math.min(n, Math.max(minPerAgent, proportional));
  }

  private static List<SampleCandidate> drawForAgent(
      String agent, List<SampleCandidate> tickets, double rate, int minPerAgent, long seed) {
    int n = tickets.size();
    int k = sampleSize(n, rate, minPerAgent);
    SplittableRandom random = new SplittableRandom(seed ^ (agent.hashCode() * 0x9E3779B97F4A7C15L));
    Map<String, List<SampleCandidate>> strata = new TreeMap<>();
    tickets.stream()
        .sorted(Comparator.comparingLong(SampleCandidate::ticketId))
        .forEach(t -> strata.computeIfAbsent(t.stratum(), s -> new ArrayList<>()).add(t));
    Map<String, Integer> quota = allocate(strata, n, k);
    List<SampleCandidate> drawn = new ArrayList<>();
    strata.forEach((stratum, members) -> drawn.addAll(pick(members, quota.get(stratum), random)));
    return drawn;
  }

  /** Largest-remainder allocation of {@code k} over the strata, ties broken by stratum name. */
  private static Map<String, Integer> allocate(Map<String, List<SampleCandidate>> strata, int n, int k) {
    Map<String, Integer> quota = new TreeMap<>();
    Map<String, Double> remainder = new TreeMap<>();
    int allocated = 0;
    for (var stratum : strata.entrySet()) {
      double exact = (double) k * stratum.getValue().size() / n;
      int floor = (int) Math.floor(exact);
      quota.put(stratum.getKey(), floor);
      remainder.put(stratum.getKey(), exact - floor);
      allocated += floor;
    }
    List<String> byRemainder = remainder.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
    for (int i = 0; allocated < k; i++, allocated++) {
      quota.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
    }
    return quota;
  }

  /** A partial Fisher–Yates shuffle: the first {@code count} of a random permutation. */
  private static List<SampleCandidate> pick(List<SampleCandidate> members, int count, SplittableRandom random) {
    List<SampleCandidate> pool = new ArrayList<>(members);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.size() - i);
      SampleCandidate chosen = pool.get(j);
      pool.set(j, pool.get(i));
      pool.set(i, chosen);
    }
    return pool.subList(0, count);
  }
}
