package no.mediaweb.supportflow.inbox;

public enum TaskState {
  OPEN,
  COMPLETED,
  WITHDRAWN
}
