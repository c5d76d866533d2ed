package no.mediaweb.supportflow.risk;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.processes.EscalationRoutingDecision;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.sla.SlaTarget;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.SlaState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' SLA risk board. A ticket is risky while it is neither resolved nor closed and its
 * first response or resolution is at risk or breached; breached wins. It sits in the queue of every
 * candidate group it has an open task in, or in {@link #NO_OPEN_TASK} when it has none (waiting on
 * the customer, say).
 */
@Service
@PreAuthorize(StaffRoles.MANAGEMENT)
public class SlaRiskBoard {

  /** The queue of risky tickets without an open task. */
  public static final String NO_OPEN_TASK = "—";

  /** The queues the board always shows, in the order of escalation. */
  public static final List<String> KNOWN_QUEUES =
      List.of(
          SupportTicketProcess.GROUP_L1,
          EscalationRoutingDecision.QUEUE_L2_SPECIALISTS,
          EscalationRoutingDecision.QUEUE_L3_ENGINEERING,
          EscalationRoutingDecision.QUEUE_MANAGERS,
          EscalationRoutingDecision.QUEUE_PRODUCT_TEAM);

  private static final String RISKY =
      """
      t.status NOT IN ('RESOLVED', 'CLOSED')
        AND (t.first_response_sla IN ('AT_RISK', 'BREACHED') OR t.resolution_sla IN ('AT_RISK', 'BREACHED'))
      """;
  private static final String BREACHED = "(t.first_response_sla = 'BREACHED' OR t.resolution_sla = 'BREACHED')";

  /** The matrix: one cell for every plan and queue, zeros included. */
  public record Summary(List<String> queues, List<Cell> cells, int atRiskTotal, int breachedTotal) {

    public Cell cell(Plan plan, String queue) {
      return cells.stream()
          .filter(cell -> cell.plan() == plan && cell.queue().equals(queue))
          .findFirst()
          .orElse(new Cell(plan, queue, 0, 0));
    }
  }

  /**
   * The at-risk and breached tickets of one plan in one queue. A ticket with open tasks in two
   * queues counts in both, so a plan's cells can add up to more than the totals.
   */
  public record Cell(Plan plan, String queue, int atRisk, int breached) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  SlaRiskBoard(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Summary summary() {
    List<Cell> counted =
        jdbc.sql(
                """
                SELECT c.plan, h.candidate_group,
                  COUNT(DISTINCT CASE WHEN %1$s THEN t.id END) AS breached,
                  COUNT(DISTINCT CASE WHEN NOT %1$s THEN t.id END) AS at_risk
                FROM ticket t JOIN customer c ON c.id = t.customer_id
                  LEFT JOIN human_task h ON h.ticket_id = t.id AND h.state = 'OPEN'
                WHERE %2$s
                GROUP BY c.plan, h.candidate_group
                """
                    .formatted(BREACHED, RISKY))
            .query(
                (rs, n) ->
                    new Cell(
                        Plan.valueOf(rs.getString("plan")),
                        queue(rs.getString("candidate_group")),
                        rs.getInt("at_risk"),
                        rs.getInt("breached")))
            .list();
    Set<String> queues = new LinkedHashSet<>(KNOWN_QUEUES);
    counted.stream().map(Cell::queue).filter(q -> !q.equals(NO_OPEN_TASK)).sorted().forEach(queues::add);
    queues.add(NO_OPEN_TASK);
    Map<String, Cell> byKey = counted.stream().collect(Collectors.toMap(c -> c.plan() + "|" + c.queue(), Function.identity()));
    List<Cell> cells = new ArrayList<>();
    for (Plan plan : Plan.values()) {
      for (String queue : queues) {
        cells.add(byKey.getOrDefault(plan + "|" + queue, new Cell(plan, queue, 0, 0)));
      }
    }
    Totals totals =
        jdbc.sql(
                "SELECT COUNT(CASE WHEN %1$s THEN 1 END) AS breached, COUNT(CASE WHEN NOT %1$s THEN 1 END) AS at_risk FROM ticket t WHERE %2$s"
                    .formatted(BREACHED, RISKY))
            .query((rs, n) -> new Totals(rs.getInt("at_risk"), rs.getInt("breached")))
            .single();
    return new Summary(List.copyOf(queues), List.copyOf(cells), totals.atRisk(), totals.breached());
  }

  private record Totals(int atRisk, int breached) {}

  /** The risky tickets of {@code plan} in {@code queue} (each filter optional): breached first, then soonest due. */
  @Transactional(readOnly = true)
  public List<RiskyTicket> tickets(Optional<Plan> plan, Optional<String> queue) {
    String queueFilter =
        queue.map(
                q ->
                    q.equals(NO_OPEN_TASK)
                        ? " AND NOT EXISTS (SELECT 1 FROM human_task q WHERE q.ticket_id = t.id AND q.state = 'OPEN')"
                        : " AND EXISTS (SELECT 1 FROM human_task q WHERE q.ticket_id = t.id AND q.state = 'OPEN'"
                            + " AND q.candidate_group = :queue)")
            .orElse("");
    Instant now = clock.instant();
    return jdbc.sql(
            """
            SELECT t.number, t.subject, c.name AS customer_name, c.plan, t.priority, t.assignee,
              t.first_response_sla, t.resolution_sla, t.first_response_due_at, t.resolution_due_at,
              (SELECT GROUP_CONCAT(DISTINCT h.candidate_group ORDER BY h.candidate_group SEPARATOR ',')
                 FROM human_task h WHERE h.ticket_id = t.id AND h.state = 'OPEN') AS queues
            FROM ticket t JOIN customer c ON c.id = t.customer_id
            WHERE %s AND (:plan IS NULL OR c.plan = :plan)
            """
                .formatted(RISKY)
                + queueFilter)
        .param("plan", plan.map(Plan::name).orElse(null))
        .param("queue", queue.orElse(null))
        .query((rs, n) -> map(rs, now))
        .list()
        .stream()
        .sorted(
            Comparator.comparing((RiskyTicket t) -> !t.breached())
                .thenComparing(RiskyTicket::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RiskyTicket::number))
        .toList();
  }

  private static RiskyTicket map(ResultSet rs, Instant now) throws SQLException {
    Target firstResponse =
        new Target(SlaTarget.FIRST_RESPONSE, SlaState.valueOf(rs.getString("first_response_sla")), fromTimestamp(rs.getTimestamp("first_response_due_at")));
    Target resolution =
        new Target(SlaTarget.RESOLUTION, SlaState.valueOf(rs.getString("resolution_sla")), fromTimestamp(rs.getTimestamp("resolution_due_at")));
    Target worst =
        Stream.of(firstResponse, resolution)
            .filter(Target::risky)
            .min(
                Comparator.comparing((Target t) -> t.state() != SlaState.BREACHED)
                    .thenComparing(Target::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
            .orElseThrow();
    String queues = rs.getString("queues");
    return new RiskyTicket(
        rs.getString("number"),
        rs.getString("subject"),
        rs.getString("customer_name"),
        Plan.valueOf(rs.getString("plan")),
        Priority.valueOf(rs.getString("priority")),
        queues == null ? List.of(NO_OPEN_TASK) : List.of(queues.split(",")),
        rs.getString("assignee"),
        worst.target(),
        worst.state(),
        worst.dueAt(),
        worst.dueAt() == null ? null : Duration.between(now, worst.dueAt()));
  }

  private record Target(SlaTarget target, SlaState state, Instant dueAt) {
    boolean risky() {
      return state == SlaState.AT_RISK || state == SlaState.BREACHED;
    }
  }

  private static String queue(String candidateGroup) {
    return candidateGroup == null ? NO_OPEN_TASK : candidateGroup;
  }
}
