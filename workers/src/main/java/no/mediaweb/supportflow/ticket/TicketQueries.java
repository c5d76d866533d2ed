package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.CurrentStaff.Staff;
import no.mediaweb.supportflow.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.mediaweb.supportflow.attachment.AttachmentContent;
import no.mediaweb.supportflow.attachment.Attachments;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.timeline.Timeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models of tickets for staff. */
@Service
@PreAuthorize(StaffRoles.ANY_STAFF)
public class TicketQueries {

  private static final String SUMMARY_SELECT =
      """
      SELECT t.id, t.number, t.subject, c.name AS customer_name, c.plan, t.priority, t.status, t.assignee,
        t.first_response_sla, t.resolution_sla, t.first_response_due_at, t.resolution_due_at, t.created_at
      FROM ticket t JOIN customer c ON c.id = t.customer_id
      """;

  private final TicketRepository tickets;
  private final CustomerRepository customers;
  private final Conversation conversation;
  private final Timeline timeline;
  private final JdbcClient jdbc;
  private final CurrentStaff currentStaff;
  private final TicketTechnicalDetails technicalDetails;
  private final Attachments attachments;

  TicketQueries(
      TicketRepository tickets,
      CustomerRepository customers,
      Conversation conversation,
      Timeline timeline,
      JdbcClient jdbc,
      CurrentStaff currentStaff,
      TicketTechnicalDetails technicalDetails,
      Attachments attachments) {
    this.currentStaff = currentStaff;
    this.technicalDetails = technicalDetails;
    this.attachments = attachments;
    this.tickets = tickets;
    this.customers = customers;
    this.conversation = conversation;
    this.timeline = timeline;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public TicketDetails details(String number) {
    Ticket ticket =
        tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("No ticket " + number));
    requireVisible(ticket);
    return new TicketDetails(
        ticket,
        customers.findById(ticket.customerId()).orElseThrow(),
        conversation.of(ticket.id()),
        timeline.of(ticket.id()),
        technicalDetails.of(ticket.id()),
        attachments.ofTicket(ticket.id()));
  }

  /** An attachment of a ticket the current staff member may see. */
  @Transactional(readOnly = true)
  public AttachmentContent attachment(String number, long attachmentId) {
    Ticket ticket =
        tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("No ticket " + number));
    requireVisible(ticket);
    return attachments
        .find(ticket.id(), attachmentId)
        .map(attachments::open)
        .orElseThrow(() -> new NotFoundException("No such attachment on " + number));
  }

  /** Refuses an agent a ticket outside their queues (see {@link #visibility()}). */
  @Transactional(readOnly = true)
  public void requireVisible(Ticket ticket) {
    Visibility visibility = visibility();
    if (!visibility.all()
        && !visibility.username().equals(ticket.assignee())
        && jdbc.sql("SELECT COUNT(*) FROM human_task WHERE ticket_id = :id AND candidate_group IN (:groups)")
                .param("id", ticket.id())
                .param("groups", visibility.groups())
                .query(Integer.class)
                .single()
            == 0) {
      throw new AccessDeniedException("Ticket %s is not in one of your queues".formatted(ticket.number()));
    }
  }

  /** A column to sort the ticket list by; unknown properties are ignored. */
  public record Sort(String property, boolean ascending) {}

  /** Sortable properties and the SQL they sort by: a whitelist, never the caller's text. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "number", "t.id",
          "subject", "t.subject",
          "customer", "c.name",
          "priority", "CASE t.priority WHEN 'LOW' THEN 1 WHEN 'NORMAL' THEN 2 WHEN 'HIGH' THEN 3 ELSE 4 END",
          "status", "CASE t.status WHEN 'NEW' THEN 1 WHEN 'OPEN' THEN 2 WHEN 'IN_PROGRESS' THEN 3"
              + " WHEN 'WAITING_ON_CUSTOMER' THEN 4 WHEN 'RESOLVED' THEN 5 ELSE 6 END",
          "firstResponseSla", "t.first_response_due_at",
          "resolutionSla", "t.resolution_due_at",
          "assignee", "t.assignee");

  /** Tickets whose number, subject or customer matches {@code search}, newest first. */
  @Transactional(readOnly = true)
  public List<TicketSummary> list(String search, boolean openOnly, int offset, int limit) {
    return list(search, openOnly, List.of(), offset, limit);
  }

  /** Tickets whose number, subject or customer matches {@code search}, in the order asked, then newest first. */
  @Transactional(readOnly = true)
  public List<TicketSummary> list(String search, boolean openOnly, List<Sort> sorts, int offset, int limit) {
    StringBuilder order = new StringBuilder(" ORDER BY ");
    for (Sort sort : sorts) {
      String column = SORTABLE.get(sort.property());
      if (column != null) {
        order.append(column).append(sort.ascending() ? " ASC, " : " DESC, ");
      }
    }
    order.append("t.created_at DESC, t.id DESC");
    Visibility visibility = visibility();
    return jdbc.sql(SUMMARY_SELECT + where(openOnly) + order + " LIMIT :limit OFFSET :offset")
        .param("search", like(search))
        .param("all", visibility.all())
        .param("me", visibility.username())
        .param("groups", visibility.groups())
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new TicketSummary(
                    rs.getLong("id"),
                    rs.getString("number"),
                    rs.getString("subject"),
                    rs.getString("customer_name"),
                    Plan.valueOf(rs.getString("plan")),
                    Priority.valueOf(rs.getString("priority")),
                    TicketStatus.valueOf(rs.getString("status")),
                    rs.getString("assignee"),
                    SlaState.valueOf(rs.getString("first_response_sla")),
                    SlaState.valueOf(rs.getString("resolution_sla")),
                    fromTimestamp(rs.getTimestamp("first_response_due_at")),
                    fromTimestamp(rs.getTimestamp("resolution_due_at")),
                    fromTimestamp(rs.getTimestamp("created_at"))))
        .list();
  }

  @Transactional(readOnly = true)
  public int count(String search, boolean openOnly) {
    Visibility visibility = visibility();
    return jdbc.sql("SELECT COUNT(*) FROM ticket t JOIN customer c ON c.id = t.customer_id" + where(openOnly))
        .param("search", like(search))
        .param("all", visibility.all())
        .param("me", visibility.username())
        .param("groups", visibility.groups())
        .query(Integer.class)
        .single();
  }

  private static String where(boolean openOnly) {
    return " WHERE (:search IS NULL OR t.number LIKE :search OR t.subject LIKE :search OR c.name LIKE :search"
        + " OR c.account_email LIKE :search)"
        + " AND (:all OR t.assignee = :me OR EXISTS (SELECT 1 FROM human_task h WHERE h.ticket_id = t.id"
        + " AND h.candidate_group IN (:groups)))"
        + (openOnly ? " AND t.status <> 'CLOSED'" : "");
  }

  /**
   * Agents see the tickets of their queues: every ticket starts in the L1 queue, so L1 agents see
   * all; L2, L3 and product agents see tickets that have (had) a task in their queues or that they
   * own. Managers, QA and admins see every ticket.
   */
  private record Visibility(boolean all, String username, List<String> groups) {}

  private Visibility visibility() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    boolean seesEverything =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(a -> a.equals("ROLE_" + Role.MANAGER_ROLE) || a.equals("ROLE_" + Role.QA_ROLE) || a.equals("ROLE_" + Role.ADMIN_ROLE));
    if (seesEverything) {
      return new Visibility(true, authentication.getName(), List.of("-"));
    }
    Staff me = currentStaff.require();
    boolean all = me.taskGroups().contains(SupportTicketProcess.GROUP_L1);
    List<String> groups = me.taskGroups().isEmpty() ? List.of("-") : List.copyOf(me.taskGroups());
    return new Visibility(all, me.username(), groups);
  }

  private static String like(String search) {
    if (search == null || search.isBlank()) {
      return null;
    }
    String escaped = search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
