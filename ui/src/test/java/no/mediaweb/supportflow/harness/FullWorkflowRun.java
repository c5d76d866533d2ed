package no.mediaweb.supportflow.harness;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.harness.WorkflowBenchmarkReport.RunFigures;
import no.mediaweb.supportflow.inbox.InboxService;
import no.mediaweb.supportflow.inbox.InboxTask;
import no.mediaweb.supportflow.inbox.TaskState;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.sla.CalendarAdminService;
import no.mediaweb.supportflow.sla.CalendarCatalog;
import no.mediaweb.supportflow.sla.CalendarDefinition;
import no.mediaweb.supportflow.sla.calendar.LocalInterval;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.CustomerPortalService;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The workload on the running application: customers file tickets through the intake service,
 * agents (real staff accounts created for the run) find their tasks in the inbox and answer as the
 * script says, customers reply to information requests and confirm resolutions through their
 * link. People look at their screens every 5–50 ms (backing off while nothing changes).
 */
final class FullWorkflowRun {

  /** The run's customers live here; a 24/7 business-hours calendar for this zone makes business time real time. */
  static final String ZONE = "Atlantic/Reykjavik";

  private static final Set<String> OWNER_TASKS = Set.of(Elements.SEND_FIRST_RESPONSE, Elements.WORK_ON_TICKET);
  private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
  private static final int CUSTOMERS_PER_PLAN = 10;
  /** Beyond this many failed tickets the application is broken, not slow: stop rather than wait each one out. */
  static final int GIVE_UP_AFTER_FAILURES = 100;

  private final ConfigurableApplicationContext context;
  private final int concurrency;
  private final int agentCount;
  private final Consumer<String> progress;
  private final TicketIntakeService intake;
  private final InboxService inbox;
  private final CustomerPortalService portal;
  private final CustomerLinks links;
  private final TicketRepository tickets;
  private final List<String> agents = new ArrayList<>();
  private final Map<Plan, List<String>> customers = new EnumMap<>(Plan.class);
  private final Map<String, Integer> failureSummary = new java.util.concurrent.ConcurrentSkipListMap<>();

  FullWorkflowRun(ConfigurableApplicationContext context, int concurrency, int agentCount, Consumer<String> progress) {
    this.context = context;
    this.concurrency = concurrency;
    this.agentCount = agentCount;
    this.progress = progress;
    this.intake = context.getBean(TicketIntakeService.class);
    this.inbox = context.getBean(InboxService.class);
    this.portal = context.getBean(CustomerPortalService.class);
    this.links = context.getBean(CustomerLinks.class);
    this.tickets = context.getBean(TicketRepository.class);
  }

  /** Staff, customers and the round-the-clock business calendar of the customers' zone. */
  void prepare() {
    StaffDirectory staff = context.getBean(StaffDirectory.class);
    for (int i = 1; i <= agentCount; i++) {
      String username = "bench-agent-%02d".formatted(i);
      staff.createIfAbsent(username, "Bench Agent " + i, username, List.of(Role.AGENT), List.of("l1-agents"), true, List.of("en"));
      agents.add(username);
    }
    CustomerRepository customerRepository = context.getBean(CustomerRepository.class);
    for (Plan plan : Plan.values()) {
      List<String> emails = new ArrayList<>();
      for (int i = 1; i <= CUSTOMERS_PER_PLAN; i++) {
        String email = "bench-%s-%02d@example.test".formatted(plan.name().toLowerCase(), i);
        if (customerRepository.findByAccountEmail(email).isEmpty()) {
          customerRepository.save(
              new Customer(null, email, "Bench Customer %s %d".formatted(plan.label(), i), "Bench " + i, plan, ZONE, "en", Instant.now()));
        }
        emails.add(email);
      }
      customers.put(plan, emails);
    }
    RunAs.as("bench-admin", "ROLE_ADMIN", () -> {
      Map<DayOfWeek, List<LocalInterval>> always = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        always.put(day, List.of(LocalInterval.parse("00:00", "24:00")));
      }
      CalendarAdminService calendars = context.getBean(CalendarAdminService.class);
      if (calendars.list().stream().noneMatch(c -> c.zone().equals(ZONE) && c.code().equals(CalendarCatalog.BUSINESS_HOURS))) {
        calendars.save(new CalendarDefinition(
            null, CalendarCatalog.BUSINESS_HOURS, "Benchmark — round the clock", ZONE, null, false, always, List.of(), Map.of()));
      }
      return null;
    });
  }

  int agentCount() {
    return agents.size();
  }

  RunFigures run(List<TicketScript> scripts, Duration budget) throws InterruptedException {
    long stopStartingAt = System.nanoTime() + budget.toNanos();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    ConcurrentLinkedQueue<Long> ticketIds = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      threads.add(Thread.ofVirtual().name("ticket-", t).start(() -> {
        for (int i = next.getAndIncrement();
            i < scripts.size() && failures.size() < GIVE_UP_AFTER_FAILURES && System.nanoTime() < stopStartingAt;
            i = next.getAndIncrement()) {
          String[] stage = {"opening the ticket"};
          try {
            ticketIds.add(drive(scripts.get(i), stage));
            closed.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add("%s: %s".formatted(stage[0], firstLine(rootCause(e))));
          } finally {
            SecurityContextHolder.clearContext();
          }
        }
      }));
    }
    Thread reporter = Thread.ofPlatform().daemon().name("progress").start(() -> {
      try {
        while (true) {
          Thread.sleep(5_000);
          double seconds = (System.nanoTime() - start) / 1e9;
          progress.accept("full workflow: %d/%d tickets closed, %d failed, %.1f s, %.1f tickets/s, heap %d MB"
              .formatted(closed.get(), scripts.size(), failures.size(), seconds, closed.get() / seconds, Measurements.heapUsedMb()));
        }
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    });
    for (Thread thread : threads) {
      thread.join();
    }
    reporter.interrupt();
    failureSummary.clear();
    failures.forEach(failure -> failureSummary.merge(failure, 1, Integer::sum));
    failureSummary.forEach((failure, count) -> progress.accept("full workflow: %d ticket(s) failed %s".formatted(count, failure)));
    return figures(Math.min(next.get() - concurrency, scripts.size()));
  }

  /** Why tickets failed, by step and cause, with how many failed that way. */
  Map<String, Integer> failures() {
    return Map.copyOf(failureSummary);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + ": " + message;
  }

  /** Start to close from the application's own timestamps; the rate from the first intake to the last closure. */
  private RunFigures figures(int started) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    record Span(LocalDateTime createdAt, LocalDateTime closedAt) {}
    List<Span> spans =
        jdbc.sql("SELECT created_at, closed_at FROM ticket WHERE status = 'CLOSED'")
            .query((rs, n) -> new Span(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)))
            .list();
    if (spans.isEmpty()) {
      return new RunFigures(started, 0, 0, Percentiles.NONE);
    }
    List<Double> millis = spans.stream().map(s -> (double) Duration.between(s.createdAt(), s.closedAt()).toMillis()).toList();
    Instant first = spans.stream().map(s -> s.createdAt().toInstant(ZoneOffset.UTC)).min(Instant::compareTo).orElseThrow();
    Instant last = spans.stream().map(s -> s.closedAt().toInstant(ZoneOffset.UTC)).max(Instant::compareTo).orElseThrow();
    return new RunFigures(started, spans.size(), Duration.between(first, last).toMillis() / 1000.0, Percentiles.of(millis));
  }

  private long drive(TicketScript script, String[] stage) {
    List<String> planCustomers = customers.get(script.plan());
    String email = planCustomers.get(script.index() % planCustomers.size());
    OpenedTicket ticket =
        intake.open(
            new NewTicket(email, "Bench ticket %d: %s".formatted(script.index(), script.category().label()),
                "Summary: generated by the workflow benchmark.\nSteps: open the site.\nExpected: it works.",
                script.priority(), script.category()),
            script.channel());
    String token = links.tokenFor(ticket.number());
    String agent = agents.get(script.index() % agents.size());
    Set<Long> answered = new HashSet<>();
    int step = 0;
    for (AgentAction action : script.actions()) {
      step++;
      stage[0] = "the agent's " + action;
      answer(ticket, agent, action, answered, step);
      switch (action) {
        case REQUEST_INFO -> {
          awaitStatus(ticket, TicketStatus.WAITING_ON_CUSTOMER);
          stage[0] = "the customer's reply";
          portal.reply(ticket.number(), token, "The page shows a blank screen on Firefox 133; screenshots follow.",
              "bench-%d-%d".formatted(script.index(), step));
        }
        case PROPOSE_RESOLUTION -> {
          awaitStatus(ticket, TicketStatus.RESOLVED);
          stage[0] = "the customer's confirmation";
          portal.confirmResolution(ticket.number(), token);
        }
        case REPLY -> {}
      }
    }
    stage[0] = "waiting for the closure";
    awaitStatus(ticket, TicketStatus.CLOSED);
    return ticket.id();
  }

  /** The agent answers the ticket's open owner step, whoever holds it (routing may have chosen another agent). */
  private void answer(OpenedTicket ticket, String agent, AgentAction action, Set<Long> answered, int step) {
    Instant deadline = Instant.now().plus(STEP_TIMEOUT);
    while (true) {
      InboxTask task = awaitOwnerTask(ticket, agent, answered);
      String holder = task.assignee() == null ? agent : task.assignee();
      try {
        RunAs.as(holder, "ROLE_AGENT", () -> {
          inbox.complete(task.jobKey(), new AgentResponse(action, "Step %d of the benchmark: %s".formatted(step, action)));
          return null;
        });
        answered.add(task.jobKey());
        return;
      } catch (BusinessRuleException | AccessDeniedException raced) {
        // another agent claimed it between the look and the answer: look again
        if (Instant.now().isAfter(deadline)) {
          throw raced;
        }
      }
    }
  }

  private InboxTask awaitOwnerTask(OpenedTicket ticket, String agent, Set<Long> answered) {
    return poll("an open agent step on " + ticket.number(), () -> RunAs.as(agent, "ROLE_AGENT", () ->
        inbox.openTasksOf(ticket.id()).stream()
            .filter(task -> task.state() == TaskState.OPEN)
            .filter(task -> OWNER_TASKS.contains(task.elementId()))
            .filter(task -> !answered.contains(task.jobKey()))
            .findFirst()));
  }

  private void awaitStatus(OpenedTicket ticket, TicketStatus status) {
    poll(ticket.number() + " " + status, () -> tickets.findById(ticket.id()).filter(t -> t.status() == status));
  }

  private static <T> T poll(String what, Supplier<Optional<T>> look) {
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    long pause = 5;
    while (true) {
      Optional<T> found = look.get();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Gave up waiting for " + what + " after " + STEP_TIMEOUT);
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted waiting for " + what, e);
      }
      pause = Math.min(50, pause * 2);
    }
  }

}
