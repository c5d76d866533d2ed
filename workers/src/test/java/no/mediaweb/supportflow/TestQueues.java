package no.mediaweb.supportflow;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.routing.RoutingStrategy;
import no.mediaweb.supportflow.testing.SharedClock;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketStatus;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues of their own for routing tests, with agents of their own, so no test sees another's load
 * or moves the seeded queues' round-robin pointers.
 */
@Component
public class TestQueues {

  private final JdbcClient jdbc;
  private final StaffDirectory staff;
  private final TestTickets testTickets;

  TestQueues(JdbcClient jdbc, StaffDirectory staff, TestTickets testTickets) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.testTickets = testTickets;
  }

  /** A new queue routing by {@code strategy}; returns its candidate group. */
  public String queue(RoutingStrategy strategy, int maxOpenTasks) {
    String group = "q-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO queue_routing (candidate_group, display_name, strategy, max_open_tasks, last_assigned, updated_at)
            VALUES (:g, :name, :strategy, :cap, NULL, :now)
            """)
        .param("g", group)
        .param("name", "Queue " + group)
        .param("strategy", strategy.name())
        .param("cap", maxOpenTasks)
        .param("now", Timestamp.from(SharedClock.now()))
        .update();
    return group;
  }

  /**
   * A new active agent of {@code group}, named {@code <group>-<name>} so agents of one queue sort by
   * the names given here.
   */
  public String agent(String group, String name, boolean senior, String... languages) {
    String username = group + "-" + name;
    staff.createIfAbsent(username, "Agent " + name, "secret", List.of(Role.AGENT), List.of(group), senior, List.of(languages));
    return username;
  }

  /** Gives {@code username} {@code count} more open tasks, each on a ticket of its own. */
  public void holdOpenTasks(String username, String group, int count) {
    for (int i = 0; i < count; i++) {
      Ticket ticket = testTickets.inState(TicketStatus.OPEN);
      testTickets.openTask(ticket.id(), Elements.SEND_FIRST_RESPONSE, group, username);
    }
  }

  public String lastAssigned(String group) {
    return jdbc.sql("SELECT last_assigned FROM queue_routing WHERE candidate_group = :g")
        .param("g", group)
        .query((rs, n) -> rs.getString("last_assigned"))
        .list()
        .getFirst();
  }

  /** Turns the ticket critical by its priority. */
  public void makeCritical(long ticketId) {
    jdbc.sql("UPDATE ticket SET priority = 'CRITICAL' WHERE id = :id").param("id", ticketId).update();
  }

  public void makeEmergency(long ticketId) {
    jdbc.sql("UPDATE ticket SET emergency = TRUE WHERE id = :id").param("id", ticketId).update();
  }

  public void customerSpeaks(long ticketId, String language) {
    jdbc.sql("UPDATE customer SET language = :lang WHERE id = (SELECT customer_id FROM ticket WHERE id = :id)")
        .param("lang", language)
        .param("id", ticketId)
        .update();
  }
}
