package no.mediaweb.supportflow.notification;

import static no.mediaweb.supportflow.common.Instants.fromTimestamp;
import static no.mediaweb.supportflow.common.Instants.toTimestamp;

import java.time.Clock;
import java.util.List;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.user.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notifications to one staff member; each is sent once per key. */
@Service
public class StaffNotifications {

  private final JdbcClient jdbc;
  private final CurrentStaff currentStaff;
  private final Clock clock;

  StaffNotifications(JdbcClient jdbc, CurrentStaff currentStaff, Clock clock) {
    this.jdbc = jdbc;
    this.currentStaff = currentStaff;
    this.clock = clock;
  }

  /** Returns false when a notification with this key exists already. */
  @Transactional
  public boolean notify(String recipient, long ticketId, String message, String key) {
    return jdbc.sql(
                """
                INSERT IGNORE INTO staff_notification (recipient, ticket_id, message, notification_key, created_at)
                VALUES (:recipient, :ticketId, :message, :key, :now)
                """)
            .param("recipient", recipient)
            .param("ticketId", ticketId)
            .param("message", message.length() > 500 ? message.substring(0, 499) + "…" : message)
            .param("key", key)
            .param("now", toTimestamp(clock.instant()))
            .update()
        == 1;
  }

  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<StaffNotification> unread() {
    return jdbc.sql(
            """
            SELECT n.id, n.ticket_id, t.number, n.message, n.created_at
            FROM staff_notification n JOIN ticket t ON t.id = n.ticket_id
            WHERE n.recipient = :me AND n.read_at IS NULL ORDER BY n.created_at DESC, n.id DESC
            """)
        .param("me", currentStaff.require().username())
        .query(
            (rs, row) ->
                new StaffNotification(
                    rs.getLong("id"),
                    rs.getLong("ticket_id"),
                    rs.getString("number"),
                    rs.getString("message"),
                    fromTimestamp(rs.getTimestamp("created_at"))))
        .list();
  }

  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional
  public void markAllRead() {
    jdbc.sql("UPDATE staff_notification SET read_at = :now WHERE recipient = :me AND read_at IS NULL")
        .param("now", toTimestamp(clock.instant()))
        .param("me", currentStaff.require().username())
        .update();
  }
}
