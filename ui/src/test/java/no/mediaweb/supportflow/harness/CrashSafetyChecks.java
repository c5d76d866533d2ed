package no.mediaweb.supportflow.harness;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Check;
import no.mediaweb.supportflow.harness.CrashSafetyReport.Failure;
import no.mediaweb.supportflow.processes.SupportTicketProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The end checks of a crash-safety run, read from the database, the engine's record stream and the
 * mail server: every workload ticket exists once and is closed with its process completed, nothing
 * on its timeline, in its conversation or in the outbox is recorded twice or missing, no mail was
 * sent twice under different Message-IDs, no inbox task is open for a step the process has left.
 */
final class CrashSafetyChecks {

  /** Timeline events a ticket of this workload has at most once (no SLA change, no reopening, no escalation). */
  static final List<String> ONCE_ONLY_EVENTS =
      List.of("TICKET_RECEIVED", "SLA_TARGETS_SET", "FIRST_RESPONSE_SENT", "RESOLUTION_PROPOSED", "RESOLVED", "CUSTOMER_CONFIRMED", "CLOSED");

  private static final Set<String> OWNER_TASKS = Set.of(Elements.SEND_FIRST_RESPONSE, Elements.WORK_ON_TICKET);
  private static final int EXAMPLES = 12;

  record Ticket(long id, String number, int index, String status, Long processInstanceKey) {}

  /** What the engine's records say. */
  record EngineFacts(
      Set<Long> ticketProcessesStarted,
      Set<Long> ticketProcessesCompleted,
      Set<Long> ticketProcessesTerminated,
      Map<Long, Integer> ownerStepsCompleted,
      Set<Long> endedJobs,
      Map<Long, JobRecordValue> jobs,
      Map<Long, IncidentRecordValue> openIncidents) {

    static EngineFacts read(ZeebeTestEngine engine) {
      Set<Long> started = new HashSet<>();
      Set<Long> completed = new HashSet<>();
      Set<Long> terminated = new HashSet<>();
      Map<Long, Integer> ownerSteps = new HashMap<>();
      Set<Long> ended = new HashSet<>();
      Map<Long, JobRecordValue> jobs = new HashMap<>();
      Map<Long, IncidentRecordValue> incidents = new LinkedHashMap<>();
      for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
        if (record.getRecordType() != RecordType.EVENT) {
          continue;
        }
        if (record.getValueType() == ValueType.PROCESS_INSTANCE) {
          ProcessInstanceRecordValue value = (ProcessInstanceRecordValue) record.getValue();
          if (value.getBpmnElementType() == BpmnElementType.PROCESS && SupportTicketProcess.PROCESS_ID.equals(value.getBpmnProcessId())) {
            if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
              started.add(record.getKey());
            } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
              completed.add(record.getKey());
            } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
              terminated.add(record.getKey());
            }
          }
        } else if (record.getValueType() == ValueType.JOB) {
          JobRecordValue job = (JobRecordValue) record.getValue();
          jobs.putIfAbsent(record.getKey(), job);
          if (record.getIntent() == JobIntent.COMPLETED || record.getIntent() == JobIntent.CANCELED || record.getIntent() == JobIntent.ERROR_THROWN) {
            ended.add(record.getKey());
          }
          if (record.getIntent() == JobIntent.COMPLETED && JobTypes.USER_TASK.equals(job.getType()) && OWNER_TASKS.contains(job.getElementId())) {
            ownerSteps.merge(job.getProcessInstanceKey(), 1, Integer::sum);
          }
        } else if (record.getValueType() == ValueType.INCIDENT) {
          if (record.getIntent() == IncidentIntent.CREATED) {
            incidents.put(record.getKey(), (IncidentRecordValue) record.getValue());
          } else if (record.getIntent() == IncidentIntent.RESOLVED) {
            incidents.remove(record.getKey());
          }
        }
      }
      return new EngineFacts(started, completed, terminated, ownerSteps, ended, jobs, incidents);
    }

    boolean ended(long processInstanceKey) {
      return ticketProcessesCompleted.contains(processInstanceKey) || ticketProcessesTerminated.contains(processInstanceKey);
    }

    /** Ticket processes that belong to none of {@code linked} and have not ended: left over from a rolled-back intake. */
    List<Long> activeWithout(Set<Long> linked) {
      return ticketProcessesStarted.stream().filter(key -> !linked.contains(key) && !ended(key)).sorted().toList();
    }

    String describeJob(long jobKey) {
      JobRecordValue job = jobs.get(jobKey);
      return job == null ? "job " + jobKey : "job %d (%s at %s)".formatted(jobKey, job.getType(), job.getElementId());
    }
  }

  private final JdbcClient jdbc;
  private final EngineFacts engine;
  private final List<MimeMessage> delivered;
  private final List<TicketScript> scripts;
  private final List<Ticket> tickets;
  private final Map<Long, Ticket> ticketsById = new HashMap<>();

  CrashSafetyChecks(JdbcClient jdbc, EngineFacts engine, List<MimeMessage> delivered, List<TicketScript> scripts) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.delivered = delivered;
    this.scripts = scripts;
    this.tickets =
        jdbc.sql("SELECT id, number, subject, status, process_instance_key FROM ticket WHERE subject LIKE :prefix ORDER BY id")
            .param("prefix", SimulatedPeople.SUBJECT_PREFIX + "%")
            .query((rs, n) -> new Ticket(rs.getLong(1), rs.getString(2), SimulatedPeople.indexOf(rs.getString(3)), rs.getString(4),
                (Long) rs.getObject(5, Long.class)))
            .list();
    tickets.forEach(ticket -> ticketsById.put(ticket.id(), ticket));
  }

  List<Ticket> tickets() {
    return tickets;
  }

  List<Check> all() {
    List<Check> checks = new ArrayList<>();
    checks.add(ticketsOpenedOnce());
    checks.add(everyTicketExists());
    checks.add(everyTicketClosed());
    checks.add(everyProcessCompleted());
    checks.add(noProcessWithoutTicket());
    checks.add(onceOnlyEventsOnce());
    checks.addAll(agentStepsRecordedOnce());
    checks.add(customerRepliesOnce());
    checks.addAll(outboxOneMailPerEvent());
    checks.add(everyMailDelivered());
    checks.add(noMailUnderAnotherMessageId());
    checks.add(noOpenTaskForALeftStep());
    return checks;
  }

  /** Open incidents by job type and message, for the notes. */
  Map<String, Integer> openIncidents() {
    Map<String, Integer> byCause = new TreeMap<>();
    engine.openIncidents().values().forEach(incident -> {
      String type = incident.getJobKey() > 0 ? engine.describeJob(incident.getJobKey()).replaceFirst("^job \\d+ ", "") : incident.getElementId();
      String message = String.valueOf(incident.getErrorMessage()).lines().findFirst().orElse("");
      byCause.merge("%s %s: %s".formatted(incident.getErrorType(), type, message.length() > 160 ? message.substring(0, 160) + "…" : message), 1, Integer::sum);
    });
    return byCause;
  }

  private Check ticketsOpenedOnce() {
    Map<Integer, List<String>> byIndex = byIndex();
    List<String> examples = new ArrayList<>();
    int extra = 0;
    for (var entry : byIndex.entrySet()) {
      if (entry.getValue().size() > 1) {
        extra += entry.getValue().size() - 1;
        example(examples, "workload ticket %d opened as %s".formatted(entry.getKey(), entry.getValue()));
      }
    }
    return new Check("Each workload ticket opened once (retried requests)", Failure.DUPLICATED, scripts.size() + " tickets",
        "%d tickets for %d workload tickets".formatted(tickets.size(), byIndex.size()), extra, examples);
  }

  private Check everyTicketExists() {
    Map<Integer, List<String>> byIndex = byIndex();
    List<String> examples = new ArrayList<>();
    int missing = 0;
    for (int i = 0; i < scripts.size(); i++) {
      if (!byIndex.containsKey(i)) {
        missing++;
        example(examples, "workload ticket %d has no ticket".formatted(i));
      }
    }
    return new Check("Every workload ticket exists", Failure.LOST, scripts.size() + " present", (scripts.size() - missing) + " present",
        missing, examples);
  }

  private Check everyTicketClosed() {
    List<String> examples = new ArrayList<>();
    int notClosed = 0;
    for (Ticket ticket : tickets) {
      if (!"CLOSED".equals(ticket.status())) {
        notClosed++;
        example(examples, "%s (id %d) is %s%s".formatted(ticket.number(), ticket.id(), ticket.status(), incidentsOf(ticket.processInstanceKey())));
      }
    }
    return new Check("Every ticket CLOSED", Failure.LOST, "all " + tickets.size(), (tickets.size() - notClosed) + " closed", notClosed, examples);
  }

  private Check everyProcessCompleted() {
    List<String> examples = new ArrayList<>();
    int open = 0;
    for (Ticket ticket : tickets) {
      Long key = ticket.processInstanceKey();
      if (key == null || !engine.ticketProcessesCompleted().contains(key)) {
        open++;
        example(examples, "%s: process instance %s not completed%s".formatted(ticket.number(), key, incidentsOf(key)));
      }
    }
    return new Check("Every ticket's support-ticket process completed", Failure.LOST, "all " + tickets.size(),
        (tickets.size() - open) + " completed", open, examples);
  }

  /**
   * A process whose ticket was rolled back after the engine started it (a kill or an outage during
   * the intake) must end, not wait or sit in an incident.
   */
  private Check noProcessWithoutTicket() {
    Set<Long> linked = linkedProcesses();
    // tickets of other runs do not exist: the database is fresh
    List<String> examples = new ArrayList<>();
    int orphans = 0;
    int active = 0;
    for (long key : engine.ticketProcessesStarted()) {
      if (!linked.contains(key)) {
        orphans++;
        if (!engine.ended(key)) {
          active++;
          example(examples, "process instance %d belongs to no stored ticket and has not ended%s".formatted(key, incidentsOf(key)));
        }
      }
    }
    return new Check("No ticket process without its ticket left running", Failure.INCONSISTENT, "0",
        "%d of %d instances (%d without ticket, ended)".formatted(active, engine.ticketProcessesStarted().size(), orphans - active), active, examples);
  }

  Set<Long> linkedProcesses() {
    Set<Long> linked = new HashSet<>();
    tickets.forEach(ticket -> linked.add(ticket.processInstanceKey()));
    return linked;
  }

  private Check onceOnlyEventsOnce() {
    record Count(long ticketId, String type, int count) {}
    List<Count> counts =
        jdbc.sql("""
                SELECT e.ticket_id, e.type, COUNT(*) FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id
                WHERE t.subject LIKE :prefix AND e.type IN (:types) GROUP BY e.ticket_id, e.type HAVING COUNT(*) > 1
                """)
            .param("prefix", SimulatedPeople.SUBJECT_PREFIX + "%")
            .param("types", ONCE_ONLY_EVENTS)
            .query((rs, n) -> new Count(rs.getLong(1), rs.getString(2), rs.getInt(3)))
            .list();
    List<String> examples = new ArrayList<>();
    int extra = 0;
    for (Count count : counts) {
      extra += count.count() - 1;
      example(examples, "%s: %s recorded %d times".formatted(number(count.ticketId()), count.type(), count.count()));
    }
    return new Check("Timeline: " + String.join(", ", ONCE_ONLY_EVENTS).toLowerCase() + " at most once per ticket", Failure.DUPLICATED,
        "0 repeated", extra + " repeated", extra, examples);
  }

  /**
   * Agent messages against the agent steps the inbox completed and the ones the engine completed,
   * per ticket: a message more is a step recorded twice, a step the engine completed without its
   * message is an answer lost.
   */
  private List<Check> agentStepsRecordedOnce() {
    Map<Long, Integer> messages = countPerTicket("SELECT ticket_id, COUNT(*) FROM ticket_message WHERE author_type = 'AGENT' GROUP BY ticket_id");
    Map<Long, Integer> inboxCompleted =
        countPerTicket("SELECT ticket_id, COUNT(*) FROM human_task WHERE state = 'COMPLETED' AND element_id IN ('%s', '%s') GROUP BY ticket_id"
            .formatted(Elements.SEND_FIRST_RESPONSE, Elements.WORK_ON_TICKET));
    List<String> lostExamples = new ArrayList<>();
    List<String> twiceExamples = new ArrayList<>();
    int lost = 0;
    int twice = 0;
    int engineSteps = 0;
    int messageCount = 0;
    for (Ticket ticket : tickets) {
      int engineDone = ticket.processInstanceKey() == null ? 0 : engine.ownerStepsCompleted().getOrDefault(ticket.processInstanceKey(), 0);
      int recorded = messages.getOrDefault(ticket.id(), 0);
      int inbox = inboxCompleted.getOrDefault(ticket.id(), 0);
      engineSteps += engineDone;
      messageCount += recorded;
      String line = "%s: engine completed %d agent steps, inbox %d, agent messages %d".formatted(ticket.number(), engineDone, inbox, recorded);
      if (recorded < engineDone || inbox < engineDone) {
        lost += Math.max(engineDone - recorded, engineDone - inbox);
        example(lostExamples, line);
      } else if (recorded > engineDone || inbox > engineDone) {
        twice += Math.max(recorded - engineDone, inbox - engineDone);
        example(twiceExamples, line);
      }
    }
    return List.of(
        new Check("Agent answers: each step the engine completed has its message and inbox row", Failure.LOST,
            engineSteps + " steps", messageCount + " messages", lost, lostExamples),
        new Check("Agent answers: no message or inbox completion without its engine step", Failure.DUPLICATED,
            "0 extra", twice + " extra", twice, twiceExamples));
  }

  private Check customerRepliesOnce() {
    Map<Long, Integer> requests = countPerTicket("SELECT ticket_id, COUNT(*) FROM ticket_message WHERE kind = 'INFO_REQUEST' GROUP BY ticket_id");
    Map<Long, Integer> replies = countPerTicket("SELECT ticket_id, COUNT(*) FROM ticket_message WHERE kind = 'CUSTOMER_REPLY' GROUP BY ticket_id");
    List<String> examples = new ArrayList<>();
    int extra = 0;
    for (Ticket ticket : tickets) {
      int asked = requests.getOrDefault(ticket.id(), 0);
      int answered = replies.getOrDefault(ticket.id(), 0);
      if (answered > asked) {
        extra += answered - asked;
        example(examples, "%s: %d information requests, %d customer replies".formatted(ticket.number(), asked, answered));
      }
    }
    return new Check("Customer replies: at most one per information request", Failure.DUPLICATED, "0 extra", extra + " extra", extra, examples);
  }

  /**
   * One acknowledgement per ticket and one mail per support message (keyed by the message), in the
   * outbox: more is a mail stored twice, fewer a mail lost.
   */
  private List<Check> outboxOneMailPerEvent() {
    Map<Long, Integer> acknowledgements =
        countPerTicket("SELECT ticket_id, COUNT(*) FROM outgoing_mail WHERE template = 'ACKNOWLEDGEMENT' GROUP BY ticket_id");
    Map<Long, Integer> messageMails =
        countPerTicket("SELECT ticket_id, COUNT(*) FROM outgoing_mail WHERE template IN ('AGENT_REPLY', 'INFO_REQUEST', 'RESOLUTION') GROUP BY ticket_id");
    Map<Long, Integer> supportMessages = countPerTicket("SELECT ticket_id, COUNT(*) FROM ticket_message WHERE author_type = 'AGENT' GROUP BY ticket_id");
    List<String> lostExamples = new ArrayList<>();
    List<String> twiceExamples = new ArrayList<>();
    int lost = 0;
    int twice = 0;
    int mails = 0;
    for (Ticket ticket : tickets) {
      int acks = acknowledgements.getOrDefault(ticket.id(), 0);
      int messageMailCount = messageMails.getOrDefault(ticket.id(), 0);
      int messages = supportMessages.getOrDefault(ticket.id(), 0);
      mails += acks + messageMailCount;
      String line = "%s: %d acknowledgements, %d mails for %d support messages".formatted(ticket.number(), acks, messageMailCount, messages);
      int missing = Math.max(0, 1 - acks) + Math.max(0, messages - messageMailCount);
      int extra = Math.max(0, acks - 1) + Math.max(0, messageMailCount - messages);
      if (missing > 0) {
        lost += missing;
        example(lostExamples, line);
      }
      if (extra > 0) {
        twice += extra;
        example(twiceExamples, line);
      }
    }
    return List.of(
        new Check("Outbox: an acknowledgement and a mail per support message, none missing", Failure.LOST, "0 missing",
            "%d missing of %d rows".formatted(lost, mails), lost, lostExamples),
        new Check("Outbox: no acknowledgement or message mail stored twice", Failure.DUPLICATED, "0 extra", twice + " extra", twice, twiceExamples));
  }

  private record OutboxRow(long id, Long ticketId, String template, String messageId, String status) {}

  private List<OutboxRow> outbox() {
    return jdbc.sql("SELECT id, ticket_id, template, message_id, status FROM outgoing_mail ORDER BY id")
        .query((rs, n) -> new OutboxRow(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
  }

  private Map<String, Integer> deliveriesByMessageId() {
    Map<String, Integer> deliveries = new HashMap<>();
    for (MimeMessage message : delivered) {
      try {
        deliveries.merge(String.valueOf(message.getMessageID()), 1, Integer::sum);
      } catch (MessagingException e) {
        deliveries.merge("unreadable", 1, Integer::sum);
      }
    }
    return deliveries;
  }

  private Check everyMailDelivered() {
    Map<String, Integer> deliveries = deliveriesByMessageId();
    List<String> examples = new ArrayList<>();
    int undelivered = 0;
    int redelivered = 0;
    List<OutboxRow> rows = outbox();
    for (OutboxRow row : rows) {
      int count = deliveries.getOrDefault(row.messageId(), 0);
      if (!"SENT".equals(row.status()) || count == 0) {
        undelivered++;
        example(examples, "outbox row %d (%s, %s) is %s, delivered %d times".formatted(row.id(), number(row.ticketId()), row.template(), row.status(), count));
      }
      redelivered += Math.max(0, count - 1);
    }
    return new Check("Every outbox mail sent and delivered over SMTP", Failure.LOST, rows.size() + " delivered",
        "%d delivered (%d again under the same Message-ID)".formatted(rows.size() - undelivered, redelivered), undelivered, examples);
  }

  private Check noMailUnderAnotherMessageId() {
    Set<String> known = new HashSet<>();
    outbox().forEach(row -> known.add(row.messageId()));
    List<String> examples = new ArrayList<>();
    int strays = 0;
    for (var entry : deliveriesByMessageId().entrySet()) {
      if (!known.contains(entry.getKey())) {
        strays += entry.getValue();
        example(examples, "%d message(s) with Message-ID %s match no outbox row".formatted(entry.getValue(), entry.getKey()));
      }
    }
    return new Check("No mail delivered under a Message-ID of no outbox row", Failure.DUPLICATED, "0",
        "%d of %d messages".formatted(strays, delivered.size()), strays, examples);
  }

  private Check noOpenTaskForALeftStep() {
    record OpenTask(long jobKey, long ticketId, String elementId) {}
    List<OpenTask> open =
        jdbc.sql("SELECT h.job_key, h.ticket_id, h.element_id FROM human_task h JOIN ticket t ON t.id = h.ticket_id "
                + "WHERE h.state = 'OPEN' AND t.subject LIKE :prefix")
            .param("prefix", SimulatedPeople.SUBJECT_PREFIX + "%")
            .query((rs, n) -> new OpenTask(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .list();
    List<String> examples = new ArrayList<>();
    int stale = 0;
    for (OpenTask task : open) {
      Ticket ticket = ticketsById.get(task.ticketId());
      boolean jobEnded = engine.endedJobs().contains(task.jobKey());
      boolean ticketClosed = ticket != null && "CLOSED".equals(ticket.status());
      if (jobEnded || ticketClosed) {
        stale++;
        example(examples, "%s: %s task %d is OPEN in the inbox, but %s".formatted(number(task.ticketId()), task.elementId(), task.jobKey(),
            jobEnded ? "the engine has ended its job" : "the ticket is closed"));
      }
    }
    return new Check("No open inbox task for a step the process has left", Failure.INCONSISTENT, "0", stale + " of " + open.size() + " open",
        stale, examples);
  }

  private Map<Integer, List<String>> byIndex() {
    Map<Integer, List<String>> byIndex = new TreeMap<>();
    tickets.forEach(ticket -> byIndex.computeIfAbsent(ticket.index(), i -> new ArrayList<>()).add(ticket.number()));
    return byIndex;
  }

  private Map<Long, Integer> countPerTicket(String sql) {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql(sql).query(rs -> {
      counts.put(rs.getLong(1), rs.getInt(2));
    });
    return counts;
  }

  private String number(Long ticketId) {
    Ticket ticket = ticketId == null ? null : ticketsById.get(ticketId);
    return ticket == null ? "ticket " + ticketId : ticket.number();
  }

  private String incidentsOf(Long processInstanceKey) {
    if (processInstanceKey == null) {
      return "";
    }
    List<String> causes = new ArrayList<>();
    engine.openIncidents().values().stream()
        .filter(incident -> incident.getProcessInstanceKey() == processInstanceKey)
        .forEach(incident -> causes.add("%s at %s: %s".formatted(incident.getErrorType(), incident.getElementId(),
            String.valueOf(incident.getErrorMessage()).lines().findFirst().orElse(""))));
    return causes.isEmpty() ? "" : "; open incident " + String.join("; ", causes);
  }

  private static void example(List<String> examples, String line) {
    if (examples.size() < EXAMPLES) {
      examples.add(line);
    }
  }
}
