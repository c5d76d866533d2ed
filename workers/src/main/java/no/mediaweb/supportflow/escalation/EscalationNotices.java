package no.mediaweb.supportflow.escalation;

import java.util.List;
import no.mediaweb.supportflow.notification.StaffNotifications;
import no.mediaweb.supportflow.ticket.TicketRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the right people about an escalation: the ticket's owner, the managers or a tier's queue. */
@Component
class EscalationNotices {

  private final JdbcClient jdbc;
  private final StaffNotifications notifications;
  private final TicketRepository tickets;

  EscalationNotices(JdbcClient jdbc, StaffNotifications notifications, TicketRepository tickets) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.tickets = tickets;
  }

  /** The owner, or the L1 queue's members when the ticket has no owner yet. */
  void toOwner(long ticketId, String message, String key) {
    String owner = tickets.findById(ticketId).map(t -> t.assignee()).orElse(null);
    List<String> recipients = owner == null ? membersOf("l1-agents") : List.of(owner);
    recipients.forEach(r -> notifications.notify(r, ticketId, message, key + ":" + r));
  }

  void toManagers(long ticketId, String message, String key) {
    List<String> managers =
        jdbc.sql("SELECT username FROM app_user WHERE active AND FIND_IN_SET('MANAGER', REPLACE(roles, ' ', '')) > 0")
            .query(String.class)
            .list();
    managers.forEach(m -> notifications.notify(m, ticketId, message, key + ":" + m));
  }

  void toQueue(String queue, long ticketId, String message, String key) {
    membersOf(queue).forEach(m -> notifications.notify(m, ticketId, message, key + ":" + m));
  }

  private List<String> membersOf(String group) {
    return jdbc.sql("SELECT username FROM app_user WHERE active AND FIND_IN_SET(:group, REPLACE(task_groups, ' ', '')) > 0")
        .param("group", group)
        .query(String.class)
        .list();
  }
}
