package no.mediaweb.supportflow.routing;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mediaweb.supportflow.ticket.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code queue_routing} table, and the open-task counts of {@code human_task} that routing weighs. */
@Repository
class QueueRoutingRepository {

  private static final String SELECT =
      "SELECT candidate_group, display_name, strategy, max_open_tasks, last_assigned, updated_at FROM queue_routing";

  private final JdbcClient jdbc;

  QueueRoutingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<QueueRouting> all() {
    return jdbc.sql(SELECT + " ORDER BY display_name").query(this::map).list();
  }

  Optional<QueueRouting> find(String candidateGroup) {
    return jdbc.sql(SELECT + " WHERE candidate_group = :g").param("g", candidateGroup).query(this::map).optional();
  }

  /**
   * Reads the queue and locks its row until the transaction ends, so concurrent picks in one queue
   * take turns and each sees the pointer the previous one moved.
   */
  Optional<QueueRouting> lock(String candidateGroup) {
    return jdbc.sql(SELECT + " WHERE candidate_group = :g FOR UPDATE").param("g", candidateGroup).query(this::map).optional();
  }

  /** Moves the round-robin pointer, unless another pick moved it since {@code previous} was read. */
  boolean advance(String candidateGroup, String previous, String next, Instant now) {
    return jdbc.sql(
                """
                UPDATE queue_routing SET last_assigned = :next, updated_at = :now
                WHERE candidate_group = :g AND last_assigned <=> :previous
                """)
            .param("next", next)
            .param("now", toTimestamp(now))
            .param("g", candidateGroup)
            .param("previous", previous)
            .update()
        == 1;
  }

  boolean change(String candidateGroup, RoutingStrategy strategy, int maxOpenTasks, Instant now) {
    return jdbc.sql(
                """
                UPDATE queue_routing SET strategy = :strategy, max_open_tasks = :cap, updated_at = :now
                WHERE candidate_group = :g
                """)
            .param("strategy", strategy.name())
            .param("cap", maxOpenTasks)
            .param("now", toTimestamp(now))
            .param("g", candidateGroup)
            .update()
        == 1;
  }

  /** Open tasks each of {@code usernames} holds, in any queue; agents holding none are left out. */
  Map<String, Integer> openTasksHeldBy(Collection<String> usernames) {
    Map<String, Integer> held = new HashMap<>();
    if (usernames.isEmpty()) {
      return held;
    }
    jdbc.sql(
            """
            SELECT assignee, COUNT(*) AS open_tasks FROM human_task
            WHERE state = 'OPEN' AND assignee IN (:usernames) GROUP BY assignee
            """)
        .param("usernames", usernames)
        .query((ResultSet rs) -> {
          held.put(rs.getString("assignee"), rs.getInt("open_tasks"));
        });
    return held;
  }

  record QueueLoad(long open, long waiting) {}

  QueueLoad load(String candidateGroup) {
    return jdbc.sql(
            """
            SELECT COUNT(*) AS open_tasks, COALESCE(SUM(CASE WHEN assignee IS NULL THEN 1 ELSE 0 END), 0) AS waiting
            FROM human_task WHERE state = 'OPEN' AND candidate_group = :g
            """)
        .param("g", candidateGroup)
        .query((rs, n) -> new QueueLoad(rs.getLong("open_tasks"), rs.getLong("waiting")))
        .single();
  }

  Optional<RoutingNeeds> needsOf(long ticketId) {
    return jdbc.sql(
            """
            SELECT t.priority, t.emergency, c.language FROM ticket t JOIN customer c ON c.id = t.customer_id
            WHERE t.id = :id
            """)
        .param("id", ticketId)
        .query(
            (rs, n) ->
                new RoutingNeeds(
                    Priority.valueOf(rs.getString("priority")) == Priority.CRITICAL || rs.getBoolean("emergency"), rs.getString("language")))
        .optional();
  }

  private QueueRouting map(ResultSet rs, int row) throws SQLException {
    return new QueueRouting(
        rs.getString("candidate_group"),
        rs.getString("display_name"),
        RoutingStrategy.valueOf(rs.getString("strategy")),
        rs.getInt("max_open_tasks"),
        rs.getString("last_assigned"),
        fromTimestamp(rs.getTimestamp("updated_at")));
  }
}
