package no.mediaweb.supportflow.escalation;

import java.util.List;
import no.mediaweb.supportflow.notification.StaffNotifications;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.user.AppUser;
import no.mediaweb.supportflow.user.Role;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.stereotype.Component;

/** Tells the right people about an escalation: the ticket's owner, the managers or a tier's queue. */
@Component
class EscalationNotices {

  private final StaffDirectory staff;
  private final StaffNotifications notifications;
  private final TicketRepository tickets;

  EscalationNotices(StaffDirectory staff, StaffNotifications notifications, TicketRepository tickets) {
    this.staff = staff;
    this.notifications = notifications;
    this.tickets = tickets;
  }

  /** The owner, or the L1 queue's members when the ticket has no owner yet. */
  void toOwner(long ticketId, String message, String key) {
    String owner = tickets.findById(ticketId).map(Ticket::assignee).orElse(null);
    List<String> recipients = owner == null ? membersOf("l1-agents") : List.of(owner);
    recipients.forEach(r -> notifications.notify(r, ticketId, message, key + ":" + r));
  }

  void toManagers(long ticketId, String message, String key) {
    List<String> managers = staff.activeWithRole(Role.MANAGER).stream().map(AppUser::username).toList();
    managers.forEach(m -> notifications.notify(m, ticketId, message, key + ":" + m));
  }

  void toQueue(String queue, long ticketId, String message, String key) {
    membersOf(queue).forEach(m -> notifications.notify(m, ticketId, message, key + ":" + m));
  }

  private List<String> membersOf(String group) {
    return staff.activeMembersOf(group).stream().map(AppUser::username).toList();
  }
}
