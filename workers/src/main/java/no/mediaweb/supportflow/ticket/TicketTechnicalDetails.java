package no.mediaweb.supportflow.ticket;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The technical details given when a ticket was opened; one row per ticket, written once. */
@Repository
public class TicketTechnicalDetails {

  private final JdbcClient jdbc;

  TicketTechnicalDetails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(long ticketId, TechnicalDetails details) {
    if (details.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            INSERT IGNORE INTO ticket_technical_details
              (ticket_id, operating_system, browser, device_type, connection_type, problem_started, trying_to_do, error_messages)
            VALUES (:ticketId, :os, :browser, :device, :connection, :started, :tryingToDo, :errors)
            """)
        .param("ticketId", ticketId)
        .param("os", details.operatingSystem())
        .param("browser", details.browser())
        .param("device", details.deviceType() == null ? null : details.deviceType().name())
        .param("connection", details.connectionType() == null ? null : details.connectionType().name())
        .param("started", details.problemStarted())
        .param("tryingToDo", details.tryingToDo())
        .param("errors", details.errorMessages())
        .update();
  }

  /** The ticket's details, or {@link TechnicalDetails#NONE} when the customer gave none. */
  public TechnicalDetails of(long ticketId) {
    return jdbc.sql("SELECT * FROM ticket_technical_details WHERE ticket_id = :ticketId")
        .param("ticketId", ticketId)
        .query(
            (rs, n) -> {
              String device = rs.getString("device_type");
              String connection = rs.getString("connection_type");
              return new TechnicalDetails(
                  rs.getString("operating_system"),
                  rs.getString("browser"),
                  device == null ? null : DeviceType.valueOf(device),
                  connection == null ? null : ConnectionType.valueOf(connection),
                  rs.getString("problem_started"),
                  rs.getString("trying_to_do"),
                  rs.getString("error_messages"));
            })
        .optional()
        .orElse(TechnicalDetails.NONE);
  }
}
