package no.mediaweb.supportflow.harness;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.mediaweb.supportflow.processes.SupportTicketProcess.JobTypes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the benchmark reads from the engine's record stream, the inbox table, the JVM and /proc. */
final class Measurements {

  /** The timer boundary events of the SLA targets in support-ticket.bpmn. */
  static final Set<String> SLA_TIMERS =
      Set.of("first-response-at-risk", "first-response-due", "resolution-at-risk", "resolution-due");

  private Measurements() {}

  /** When the engine created each user-task job (its JOB CREATED event), by job key. */
  static Map<Long, Long> userTaskJobCreated(ZeebeTestEngine engine) {
    Map<Long, Long> created = new HashMap<>();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getRecordType() == RecordType.EVENT
          && record.getValueType() == ValueType.JOB
          && record.getIntent() == JobIntent.CREATED
          && JobTypes.USER_TASK.equals(((JobRecordValue) record.getValue()).getType())) {
        created.put(record.getKey(), record.getTimestamp());
      }
    }
    return created;
  }

  /** Engine job creation → row in human_task, in milliseconds, for every stored task of the run. */
  static Percentiles inboxLatency(ZeebeTestEngine engine, JdbcClient jdbc) {
    Map<Long, Long> created = userTaskJobCreated(engine);
    record Row(long jobKey, LocalDateTime createdAt) {}
    List<Double> latencies = new ArrayList<>();
    for (Row row : jdbc.sql("SELECT job_key, created_at FROM human_task")
        .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDateTime.class))).list()) {
      Long engineMillis = created.get(row.jobKey());
      if (engineMillis != null) {
        latencies.add((double) (row.createdAt().toInstant(ZoneOffset.UTC).toEpochMilli() - engineMillis));
      }
    }
    return Percentiles.of(latencies);
  }

  /** How late each SLA timer fired: its TRIGGERED event's timestamp minus the due date it was created with. */
  static Percentiles slaTimerLateness(ZeebeTestEngine engine) {
    Map<Long, Long> dueDates = new HashMap<>();
    Map<Long, Long> triggered = new HashMap<>();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getRecordType() != RecordType.EVENT || record.getValueType() != ValueType.TIMER) {
        continue;
      }
      TimerRecordValue timer = (TimerRecordValue) record.getValue();
      if (!SLA_TIMERS.contains(timer.getTargetElementId())) {
        continue;
      }
      if (record.getIntent() == TimerIntent.CREATED) {
        dueDates.put(record.getKey(), timer.getDueDate());
      } else if (record.getIntent() == TimerIntent.TRIGGERED) {
        triggered.put(record.getKey(), record.getTimestamp());
      }
    }
    List<Double> late = new ArrayList<>();
    triggered.forEach((key, at) -> {
      Long due = dueDates.get(key);
      if (due != null) {
        late.add((double) (at - due));
      }
    });
    return Percentiles.of(late);
  }

  /** How many SLA timers the engine armed (most are cancelled when the agent answers in time). */
  static int slaTimersCreated(ZeebeTestEngine engine) {
    int created = 0;
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getRecordType() == RecordType.EVENT
          && record.getValueType() == ValueType.TIMER
          && record.getIntent() == TimerIntent.CREATED
          && SLA_TIMERS.contains(((TimerRecordValue) record.getValue()).getTargetElementId())) {
        created++;
      }
    }
    return created;
  }

  static long heapUsedMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  static long heapMaxMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20;
  }

  /** Resident set of the embedded mariadbd this JVM started, from /proc; -1 when not found. */
  static long databaseRssMb() {
    Optional<ProcessHandle> server =
        ProcessHandle.current().descendants()
            .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
            .findFirst();
    if (server.isEmpty()) {
      return -1;
    }
    return residentKb(Path.of("/proc", Long.toString(server.get().pid()), "status")) >> 10;
  }

  /** The {@code VmRSS} line of a /proc/&lt;pid&gt;/status file, in kB. */
  static long residentKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
