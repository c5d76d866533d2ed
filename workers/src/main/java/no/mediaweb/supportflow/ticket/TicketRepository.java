package no.mediaweb.supportflow.ticket;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * Tickets. Every state change is one guarded UPDATE, so a redelivered job or a late timer changes
 * nothing twice and never moves a ticket backwards.
 */
public interface TicketRepository extends ListCrudRepository<Ticket, Long> {

  Optional<Ticket> findByNumber(String number);

  @Query("SELECT COUNT(*) FROM ticket WHERE status <> 'CLOSED'")
  long countOpen();

  @Modifying
  @Query("UPDATE ticket SET emergency = TRUE WHERE id = :id")
  int markEmergency(@Param("id") long id);

  @Modifying
  @Query("UPDATE ticket SET number = :number WHERE id = :id AND number IS NULL")
  int assignNumber(@Param("id") long id, @Param("number") String number);

  @Modifying
  @Query("UPDATE ticket SET process_instance_key = :key WHERE id = :id")
  int linkProcessInstance(@Param("id") long id, @Param("key") long processInstanceKey);

  @Modifying
  @Query(
      """
      UPDATE ticket SET first_response_due_at = :frDue, first_response_at_risk_at = :frRisk,
        resolution_due_at = :resDue, resolution_at_risk_at = :resRisk,
        status = CASE WHEN status = 'NEW' THEN 'OPEN' ELSE status END,
        updated_at = :now, version = version + 1
      WHERE id = :id
      """)
  int setDueDates(
      @Param("id") long id,
      @Param("frDue") Instant firstResponseDueAt,
      @Param("frRisk") Instant firstResponseAtRiskAt,
      @Param("resDue") Instant resolutionDueAt,
      @Param("resRisk") Instant resolutionAtRiskAt,
      @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET assignee = :assignee, updated_at = :now, version = version + 1
      WHERE id = :id AND status <> 'CLOSED'
      """)
  int assign(@Param("id") long id, @Param("assignee") String assignee, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET first_responded_at = :at,
        first_response_sla = CASE WHEN first_response_sla = 'BREACHED' THEN 'BREACHED' ELSE 'MET' END,
        status = CASE WHEN status = 'OPEN' THEN 'IN_PROGRESS' ELSE status END,
        updated_at = :at, version = version + 1
      WHERE id = :id AND first_responded_at IS NULL
      """)
  int recordFirstResponse(@Param("id") long id, @Param("at") Instant at);

  @Modifying
  @Query(
      """
      UPDATE ticket SET status = :status, updated_at = :now, version = version + 1
      WHERE id = :id AND status IN (:from)
      """)
  int changeStatus(
      @Param("id") long id,
      @Param("from") java.util.Collection<String> fromStatuses,
      @Param("status") String status,
      @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET first_response_sla = 'AT_RISK', updated_at = :now, version = version + 1
      WHERE id = :id AND first_response_sla = 'ON_TRACK'
      """)
  int markFirstResponseAtRisk(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET resolution_sla = 'AT_RISK', updated_at = :now, version = version + 1
      WHERE id = :id AND resolution_sla = 'ON_TRACK'
      """)
  int markResolutionAtRisk(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET first_response_sla = 'BREACHED', updated_at = :now, version = version + 1
      WHERE id = :id AND first_response_sla IN ('ON_TRACK', 'AT_RISK')
      """)
  int markFirstResponseBreached(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET resolution_sla = 'BREACHED', resolution_breached = TRUE, updated_at = :now,
        version = version + 1
      WHERE id = :id AND resolution_sla IN ('ON_TRACK', 'AT_RISK')
      """)
  int markResolutionBreached(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET status = 'RESOLVED', resolved_at = :now,
        resolution_sla = CASE WHEN resolution_sla = 'BREACHED' THEN 'BREACHED' ELSE 'MET' END,
        updated_at = :now, version = version + 1
      WHERE id = :id AND status NOT IN ('RESOLVED', 'CLOSED')
      """)
  int markResolved(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET status = 'IN_PROGRESS', resolved_at = NULL, resolution_sla = 'ON_TRACK',
        reopen_count = reopen_count + 1, resolution_due_at = :resDue, resolution_at_risk_at = :resRisk,
        updated_at = :now, version = version + 1
      WHERE id = :id AND status = 'RESOLVED'
      """)
  int reopen(
      @Param("id") long id,
      @Param("resDue") Instant resolutionDueAt,
      @Param("resRisk") Instant resolutionAtRiskAt,
      @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET status = 'CLOSED', closed_at = :now, close_reason = :reason,
        updated_at = :now, version = version + 1
      WHERE id = :id AND status <> 'CLOSED'
      """)
  int close(@Param("id") long id, @Param("reason") String reason, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET first_response_due_at = :due, first_response_at_risk_at = :risk,
        first_response_sla = CASE WHEN first_response_sla = 'AT_RISK' THEN 'ON_TRACK' ELSE first_response_sla END,
        updated_at = :now, version = version + 1
      WHERE id = :id AND NOT (first_response_due_at <=> :due AND first_response_at_risk_at <=> :risk)
      """)
  int moveFirstResponseDue(
      @Param("id") long id, @Param("due") Instant due, @Param("risk") Instant atRisk, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET resolution_due_at = :due, resolution_at_risk_at = :risk,
        resolution_sla = CASE WHEN resolution_sla = 'AT_RISK' THEN 'ON_TRACK' ELSE resolution_sla END,
        updated_at = :now, version = version + 1
      WHERE id = :id AND NOT (resolution_due_at <=> :due AND resolution_at_risk_at <=> :risk)
      """)
  int moveResolutionDue(
      @Param("id") long id, @Param("due") Instant due, @Param("risk") Instant atRisk, @Param("now") Instant now);

  @Modifying
  @Query(
      """
      UPDATE ticket SET priority = :priority, updated_at = :now, version = version + 1
      WHERE id = :id AND status <> 'CLOSED'
      """)
  int changePriority(@Param("id") long id, @Param("priority") String priority, @Param("now") Instant now);

  @Query("SELECT * FROM ticket WHERE customer_id = :customerId AND status <> 'CLOSED'")
  java.util.List<Ticket> findOpenOfCustomer(@Param("customerId") long customerId);
}
