package no.mediaweb.supportflow.timeline;

public enum TimelineEventType {
  TICKET_RECEIVED("Ticket received"),
  SLA_TARGETS_SET("SLA targets set"),
  TASK_CREATED("Task created"),
  TASK_ROUTED("Task routed"),
  TASK_CLAIMED("Task claimed"),
  TASK_RELEASED("Task released"),
  TASK_WITHDRAWN("Task withdrawn"),
  FIRST_RESPONSE_SENT("First response sent"),
  AGENT_REPLIED("Agent replied"),
  INFO_REQUESTED("Information requested"),
  WAITING_ON_CUSTOMER("Waiting on customer"),
  CUSTOMER_REPLIED("Customer replied"),
  REMINDER_SENT("Reminder sent to customer"),
  WORK_RESUMED("Work resumed"),
  RESOLUTION_PROPOSED("Resolution proposed"),
  RESOLVED("Resolved"),
  CUSTOMER_CONFIRMED("Customer confirmed the resolution"),
  REOPENED("Reopened"),
  CLOSED("Closed"),
  SLA_AT_RISK("SLA at risk"),
  SLA_BREACHED("SLA breached"),
  ESCALATION_REQUESTED("Escalation requested"),
  ESCALATION_ROUTED("Escalation routed"),
  ESCALATION_APPROVED("Escalation approved"),
  ESCALATION_REJECTED("Escalation rejected"),
  ESCALATION_HANDED_OVER("Escalation handed over"),
  ESCALATION_RESOLVED("Solved by the escalation tier"),
  ESCALATION_RETURNED("Escalation returned to the owner"),
  ESCALATED_FURTHER("Escalated further"),
  ESCALATION_WITHDRAWN("Escalation withdrawn"),
  ESCALATION_OVERDUE("Escalation overdue"),
  EMERGENCY_DECLARED("Emergency declared"),
  SENIOR_AGENT_ASSIGNED("Senior agent assigned"),
  STATUS_UPDATE_MISSED("Status update missed"),
  SURVEY_SENT("Satisfaction survey sent"),
  SURVEY_REMINDED("Survey reminder sent"),
  SURVEY_ANSWERED("Survey answered"),
  SURVEY_NO_RESPONSE("Survey: no response"),
  SURVEY_WITHDRAWN("Survey withdrawn"),
  SURVEY_NOT_REPEATED("Survey not repeated"),
  SURVEY_FOLLOWED_UP("Survey followed up");

  private final String label;

  TimelineEventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
