package no.mediaweb.supportflow.sla.calendar;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Due-date throughput of {@link BusinessCalendar#add} against {@link NaiveMinuteStepper}, the
 * minute-by-minute baseline, for business durations of one hour, one day and thirty days (literal
 * 24 h and 720 h of business time on 09:00–17:00 weekdays with Christmas holidays and a Christmas
 * Eve break), over 240 seeded starts in six zones. Each cell is warmed up, then measured for a fixed
 * time. Progress goes to stderr, the report to stdout. Exits 1 when the library is less than 100×
 * faster than the baseline for thirty days, or when the two disagree on a due instant.
 *
 * <p>Run with {@code bin/benchmark-sla [--warmup=SECONDS] [--measure=SECONDS]}; a main class, not a
 * test, so the test suite does not pay for it.
 */
public final class DueDateBenchmark {

  static final double REQUIRED_SPEED_UP = 100;

  private static final List<ZoneId> ZONES =
      List.of(Calendars.OSLO, Calendars.BERLIN, Calendars.NEW_YORK, Calendars.SAO_PAULO, Calendars.SYDNEY, Calendars.TOKYO);

  private record Target(String name, Duration duration) {}

  private record Case(BusinessCalendar calendar, NaiveMinuteStepper stepper, Instant start) {}

  private interface DueDate {
    Instant compute(Case c, Duration duration);
  }

  private static volatile long sink;

  private DueDateBenchmark() {}

  public static void main(String[] args) {
    double warmupSeconds = option(args, "--warmup=", 1.5);
    double measureSeconds = option(args, "--measure=", 3.0);
    PrintStream progress = System.err;
    List<Case> cases = cases(240);
    List<Target> targets =
        List.of(new Target("1 hour", Duration.ofHours(1)), new Target("1 day", Duration.ofDays(1)), new Target("30 days", Duration.ofDays(30)));
    DueDate library = (c, d) -> c.calendar().add(c.start(), d);
    DueDate baseline = (c, d) -> c.stepper().add(c.start(), d, List.of());

    progress.printf(Locale.ROOT, "Due-date benchmark: %d starts in %d zones, %.1f s warm-up and %.1f s measurement per cell%n",
        cases.size(), ZONES.size(), warmupSeconds, measureSeconds);
    for (Target target : targets) {
      int checked = Math.min(cases.size(), target.duration().toDays() >= 30 ? 12 : 60);
      for (int i = 0; i < checked; i++) {
        Case c = cases.get(i * cases.size() / checked);
        Instant fast = library.compute(c, target.duration());
        Instant slow = baseline.compute(c, target.duration());
        if (!fast.equals(slow)) {
          System.out.printf("DISAGREEMENT for %s from %s in %s: library %s, baseline %s%n",
              target.name(), c.start(), c.calendar().zone(), fast, slow);
          System.exit(1);
        }
      }
      progress.printf(Locale.ROOT, "  %-7s library and baseline agree on %d sample due dates%n", target.name(), checked);
    }

    List<String[]> rows = new ArrayList<>();
    double thirtyDaySpeedUp = 0;
    int cell = 0;
    for (Target target : targets) {
      double libraryRate = measure(++cell, target, "library", library, cases, warmupSeconds, measureSeconds);
      double baselineRate = measure(++cell, target, "baseline", baseline, cases, warmupSeconds, measureSeconds);
      double speedUp = libraryRate / baselineRate;
      if (target.duration().equals(Duration.ofDays(30))) {
        thirtyDaySpeedUp = speedUp;
      }
      rows.add(new String[] {
          target.name(), rate(libraryRate), micros(libraryRate), rate(baselineRate), micros(baselineRate), String.format(Locale.ROOT, "%,.0f×", speedUp)});
    }

    System.out.println();
    System.out.println("Business-time due dates: library (interval by interval) vs baseline (minute by minute)");
    String format = "%-8s %16s %12s %16s %12s %10s%n";
    System.out.printf(format, "target", "library ops/s", "µs/op", "baseline ops/s", "µs/op", "speed-up");
    System.out.printf(format, "--------", "-------------", "-----", "--------------", "-----", "--------");
    for (String[] row : rows) {
      System.out.printf(format, (Object[]) row);
    }
    boolean met = thirtyDaySpeedUp >= REQUIRED_SPEED_UP;
    System.out.printf(Locale.ROOT, "%nGoal: at least %.0f× for 30 days — %s (%,.0f×)%n",
        REQUIRED_SPEED_UP, met ? "met" : "NOT MET", thirtyDaySpeedUp);
    System.out.printf("(JDK %s, %d processors)%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    System.exit(met ? 0 : 1);
  }

  /** Operations per second of {@code dueDate} over the cases, after a warm-up. */
  private static double measure(
      int cell, Target target, String name, DueDate dueDate, List<Case> cases, double warmupSeconds, double measureSeconds) {
    System.err.printf(Locale.ROOT, "[%d/6] %-7s %-8s warming up… ", cell, target.name(), name);
    run(dueDate, target.duration(), cases, warmupSeconds);
    System.err.print("measuring… ");
    double rate = run(dueDate, target.duration(), cases, measureSeconds);
    System.err.printf(Locale.ROOT, "%s ops/s%n", rate(rate));
    return rate;
  }

  private static double run(DueDate dueDate, Duration duration, List<Case> cases, double seconds) {
    long budget = (long) (seconds * 1e9);
    long begin = System.nanoTime();
    long now = begin;
    long operations = 0;
    long hash = 0;
    int index = 0;
    while (now - begin < budget) {
      hash += dueDate.compute(cases.get(index), duration).getEpochSecond();
      index = index + 1 == cases.size() ? 0 : index + 1;
      operations++;
      now = System.nanoTime();
    }
    sink += hash;
    return operations / ((now - begin) / 1e9);
  }

  /** Weekday calendars in the six zones and seeded starts across 2026 and 2027, minute-aligned. */
  private static List<Case> cases(int count) {
    Random random = new Random(20_261_201L);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ZoneId zone = ZONES.get(i % ZONES.size());
      BusinessCalendar.Builder builder = BusinessCalendar.builder(zone).openWeekdays("09:00", "17:00");
      for (int year = 2026; year <= 2028; year++) {
        builder.holiday(LocalDate.of(year, 12, 25)).holiday(LocalDate.of(year, 12, 26)).holiday(LocalDate.of(year + 1, 1, 1));
        builder.breakOn(LocalDate.of(year, 12, 24), "12:00", "17:00");
      }
      BusinessCalendar calendar = builder.build();
      long minute = random.nextInt(2 * 365 * 24 * 60);
      Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(minute));
      cases.add(new Case(calendar, new NaiveMinuteStepper(calendar), start));
    }
    return cases;
  }

  private static double option(String[] args, String prefix, double fallback) {
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return Double.parseDouble(arg.substring(prefix.length()));
      }
    }
    return fallback;
  }

  private static String rate(double operationsPerSecond) {
    return String.format(Locale.ROOT, "%,.0f", operationsPerSecond);
  }

  private static String micros(double operationsPerSecond) {
    return String.format(Locale.ROOT, "%,.1f", 1e6 / operationsPerSecond);
  }
}
