package no.mediaweb.supportflow.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * When the crash-safety driver kills the application: after how many opened tickets, how. The
 * kills are spread evenly over the first {@value #KILLS_SPAN} of the tickets with a seeded jitter,
 * leaving the rest of the run for the database outage; every other kill falls at a random moment
 * (up to {@value #MAX_RANDOM_DELAY_MILLIS} ms after its ticket), the others at a job completion,
 * alternately a worker's and an agent's.
 */
record KillSchedule(List<Kill> kills) {

  static final double KILLS_SPAN = 0.8;
  static final int MAX_RANDOM_DELAY_MILLIS = 3_000;

  enum Kind {
    /** At a random moment of the workload. */
    RANDOM("random moment"),
    /** After a job worker's transaction committed, before its job completion reached the engine. */
    WORKER_COMPLETION("worker committed, job not completed"),
    /** After the engine completed an agent's task, before the inbox transaction committed. */
    INBOX_COMPLETION("engine completed the agent's task, inbox not committed");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** Kill when {@code afterTickets} tickets have been opened, {@code delayMillis} later, at {@code kind}. */
  record Kill(int afterTickets, Kind kind, int delayMillis) {}

  KillSchedule {
    kills = List.copyOf(kills);
  }

  static KillSchedule plan(int tickets, int kills, long seed) {
    if (kills > tickets) {
      throw new IllegalArgumentException("--kills must not exceed --tickets: " + kills + " > " + tickets);
    }
    Random random = new Random(seed ^ 0x6b696c6cL);
    double spacing = tickets * KILLS_SPAN / kills;
    List<Kill> planned = new ArrayList<>();
    int atCompletion = 0;
    int previous = 0;
    for (int k = 0; k < kills; k++) {
      double jitter = (random.nextDouble() - 0.5) * spacing / 2;
      int after = (int) Math.round(spacing * (k + 0.5) + jitter);
      after = Math.min(tickets, Math.max(Math.max(1, previous), after));
      previous = after;
      Kind kind;
      int delay = 0;
      if (k % 2 == 0) {
        kind = Kind.RANDOM;
        delay = random.nextInt(MAX_RANDOM_DELAY_MILLIS + 1);
      } else {
        kind = atCompletion++ % 2 == 0 ? Kind.WORKER_COMPLETION : Kind.INBOX_COMPLETION;
      }
      planned.add(new Kill(after, kind, delay));
    }
    return new KillSchedule(planned);
  }

  long count(Kind kind) {
    return kills.stream().filter(kill -> kill.kind() == kind).count();
  }
}
