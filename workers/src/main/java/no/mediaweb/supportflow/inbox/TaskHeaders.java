package no.mediaweb.supportflow.inbox;

import java.util.List;
import java.util.Map;

/** Reads the headers Zeebe puts on a job-based user task. */
record TaskHeaders(String assignee, List<String> candidateGroups) {

  static final String ASSIGNEE = "io.camunda.zeebe:assignee";
  static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
  static final String DUE_DATE = "io.camunda.zeebe:dueDate";

  /** The task's due date from the BPMN's task schedule, e.g. {@code 2026-12-06T05:30:00Z[Etc/UTC]}; null when none. */
  static java.time.Instant dueDate(Map<String, String> headers) {
    String due = headers.get(DUE_DATE);
    return due == null || due.isBlank() ? null : java.time.ZonedDateTime.parse(due).toInstant();
  }

  static TaskHeaders of(Map<String, String> headers) {
    String assignee = headers.get(ASSIGNEE);
    return new TaskHeaders(
        assignee == null || assignee.isBlank() ? null : assignee, parseList(headers.get(CANDIDATE_GROUPS)));
  }

  /** Candidate groups arrive as a JSON array of strings, e.g. {@code ["l1-agents"]}. */
  static List<String> parseList(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    String inner = json.strip();
    if (inner.startsWith("[") && inner.endsWith("]")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    return java.util.Arrays.stream(inner.split(","))
        .map(s -> s.strip().replaceAll("^\"|\"$", ""))
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
