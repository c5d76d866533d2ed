package no.mediaweb.supportflow.inbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.common.RetryingTransactions;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.processes.EmergencyResponseProcess;
import no.mediaweb.supportflow.processes.EscalationProcess;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess;
import no.mediaweb.supportflow.processes.SatisfactionSurveyProcess;
import no.mediaweb.supportflow.processes.QaCalibrationProcess;
import no.mediaweb.supportflow.processes.QaDisputeProcess;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Elements;
import no.mediaweb.supportflow.processes.SupportTicketProcess.Variables;
import no.mediaweb.supportflow.routing.AssignmentRouter;
import no.mediaweb.supportflow.routing.QueueRouting;
import no.mediaweb.supportflow.ticket.AgentResponse;
import no.mediaweb.supportflow.ticket.SlaTargetsChanged;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketAgentActions;
import no.mediaweb.supportflow.ticket.TicketClosed;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import no.mediaweb.supportflow.user.CurrentStaff;
import no.mediaweb.supportflow.user.CurrentStaff.Staff;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agents' inbox: listing, claiming, releasing and completing workflow tasks. */
@Service
public class InboxService {

  private static final Logger LOG = LoggerFactory.getLogger(InboxService.class);

  private static final Map<String, String> TASK_NAMES =
      Map.ofEntries(
          Map.entry(Elements.SEND_FIRST_RESPONSE, "Send first response"),
          Map.entry(Elements.WORK_ON_TICKET, "Work on ticket"),
          Map.entry(EscalationProcess.Elements.APPROVE_ESCALATION, "Approve escalation"),
          Map.entry(EscalationProcess.Elements.WORK_ESCALATION, "Work the escalation"),
          Map.entry(EmergencyResponseProcess.Elements.POST_STATUS_UPDATE, "Post status update"),
          Map.entry(EmergencyResponseProcess.Elements.FOLLOW_UP_WITH_CUSTOMER, "Follow up with the customer"),
          Map.entry(SatisfactionSurveyProcess.Elements.FOLLOW_UP_LOW_SCORE, "Follow up on the low score"),
          Map.entry(QaSamplingProcess.Elements.REVIEW_TICKET, "QA review"),
          Map.entry(QaCalibrationProcess.Elements.CALIBRATION_REVIEW, "QA calibration review"),
          Map.entry(QaDisputeProcess.Elements.DECIDE_DISPUTE, "Decide QA dispute"),
          Map.entry(MonthlyMetricsProcess.Elements.REVIEW_METRICS, "Review the month's metrics"));

  /** Completed with a decision (escalation service), never with a message to the customer. */
  private static final Set<String> DECISION_TASKS =
      Set.of(
          EscalationProcess.Elements.APPROVE_ESCALATION,
          EscalationProcess.Elements.WORK_ESCALATION,
          SatisfactionSurveyProcess.Elements.FOLLOW_UP_LOW_SCORE);

  /** Tasks of processes that go on after the ticket is closed. */
  private static final Set<String> OUTLIVE_THE_TICKET = Set.of(SatisfactionSurveyProcess.Elements.FOLLOW_UP_LOW_SCORE);

  /** Whoever holds one of these tasks owns the ticket. */
  private static final Set<String> OWNER_TASKS = Set.of(Elements.SEND_FIRST_RESPONSE, Elements.WORK_ON_TICKET);

  private final Inbox inbox;
  private final TicketRepository tickets;
  private final TicketAgentActions agentActions;
  private final Timeline timeline;
  private final CurrentStaff currentStaff;
  private final StaffDirectory staff;
  private final AssignmentRouter router;
  private final CamundaClient client;
  private final RetryingTransactions transactions;
  private final Clock clock;
  private final CompletionJournal journal;

  InboxService(
      Inbox inbox,
      TicketRepository tickets,
      TicketAgentActions agentActions,
      Timeline timeline,
      CurrentStaff currentStaff,
      StaffDirectory staff,
      AssignmentRouter router,
      CamundaClient client,
      RetryingTransactions transactions,
      Clock clock,
      CompletionJournal journal) {
    this.inbox = inbox;
    this.tickets = tickets;
    this.agentActions = agentActions;
    this.timeline = timeline;
    this.currentStaff = currentStaff;
    this.staff = staff;
    this.router = router;
    this.client = client;
    this.transactions = transactions;
    this.clock = clock;
    this.journal = journal;
  }

  /**
   * Stores an activated user-task job, assigned as the process says (the ticket's owner keeps later
   * tasks of the ticket; a first response goes to the group queue) or else as the queue routes it.
   * A redelivered job finds its row and changes nothing. Returns false when the ticket is not
   * visible yet.
   */
  @Transactional
  boolean store(ActivatedJob job, long ticketId) {
    Optional<Ticket> found = tickets.findById(ticketId);
    if (found.isEmpty()) {
      return false;
    }
    Ticket ticket = found.get();
    TaskHeaders headers = TaskHeaders.of(job.getCustomHeaders());
    boolean firstResponse = Elements.SEND_FIRST_RESPONSE.equals(job.getElementId());
    Instant dueAt = firstResponse ? ticket.firstResponseDueAt() : ticket.resolutionDueAt();
    String assignee = headers.assignee();
    String group = headers.candidateGroups().isEmpty() ? "unassigned" : headers.candidateGroups().getFirst();
    String name = TASK_NAMES.getOrDefault(job.getElementId(), job.getElementId());
    if (!inbox.insertIfAbsent(
        job.getKey(), job.getProcessInstanceKey(), ticketId, job.getElementId(), name, group, assignee, dueAt,
        clock.instant())) {
      return true;
    }
    timeline.record(
        ticketId,
        TimelineEventType.TASK_CREATED,
        assignee == null ? "%s — in the %s queue".formatted(name, group) : "%s — assigned to %s".formatted(name, assignee),
        "Workflow",
        "task:" + job.getKey() + ":created");
    if (assignee == null) {
      route(job, ticketId, group, name);
    }
    return true;
  }

  /**
   * Stores an activated user-task job that belongs to no ticket (the monthly metrics review): in
   * its group's queue or with the assignee the process names, due when the BPMN says, never routed.
   * A redelivered job finds its row and changes nothing.
   */
  @Transactional
  void storeWithoutTicket(ActivatedJob job) {
    TaskHeaders headers = TaskHeaders.of(job.getCustomHeaders());
    String group = headers.candidateGroups().isEmpty() ? "unassigned" : headers.candidateGroups().getFirst();
    inbox.insertIfAbsent(
        job.getKey(), job.getProcessInstanceKey(), null, job.getElementId(),
        TASK_NAMES.getOrDefault(job.getElementId(), job.getElementId()), group, headers.assignee(),
        TaskHeaders.dueDate(job.getCustomHeaders()), clock.instant());
  }

  private void route(ActivatedJob job, long ticketId, String group, String name) {
    Optional<String> chosen = router.choose(group, router.needsFor(ticketId));
    if (chosen.isEmpty() || !inbox.claim(job.getKey(), chosen.get())) {
      return;
    }
    String agent = chosen.get();
    String strategy = router.queue(group).map(QueueRouting::strategy).map(s -> s.label().toLowerCase()).orElse("routing");
    timeline.record(
        ticketId,
        TimelineEventType.TASK_ROUTED,
        "%s — to %s by %s in the %s queue".formatted(name, staff.displayName(agent), strategy, group),
        "Workflow",
        "task:" + job.getKey() + ":routed");
    if (OWNER_TASKS.contains(job.getElementId())) {
      tickets.assign(ticketId, agent, clock.instant());
      setTicketOwner(job.getProcessInstanceKey(), agent);
    }
  }

  @PreAuthorize(StaffRoles.AGENT)
  @Transactional(readOnly = true)
  public List<InboxTask> myTasks() {
    return inbox.assignedTo(currentStaff.require().username());
  }

  @PreAuthorize(StaffRoles.AGENT)
  @Transactional(readOnly = true)
  public List<InboxTask> groupQueue() {
    return inbox.unassignedIn(currentStaff.require().taskGroups());
  }

  /** Every open task of a queue, held or not. */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<InboxTask> openTasksIn(String group) {
    return inbox.openIn(group);
  }

  @PreAuthorize(StaffRoles.ANY_STAFF)
  @Transactional(readOnly = true)
  public List<InboxTask> openTasksOf(long ticketId) {
    return inbox.openForTicket(ticketId);
  }

  @PreAuthorize(StaffRoles.AGENT)
  @Transactional
  public void claim(long jobKey) {
    Staff me = currentStaff.require();
    InboxTask task = openTask(jobKey);
    requireGroup(me, task);
    if (me.username().equals(task.assignee())) {
      return;
    }
    router.requireMayTake(me, task.candidateGroup(), task.ticketId());
    if (!inbox.claim(jobKey, me.username())) {
      throw new BusinessRuleException("%s has already claimed this task".formatted(task.assignee()));
    }
    tickets.assign(task.ticketId(), me.username(), clock.instant());
    setTicketOwner(task.processInstanceKey(), me.username());
    timeline.record(
        task.ticketId(), TimelineEventType.TASK_CLAIMED, task.name(), me.displayName(), "task:%d:claim:%s".formatted(jobKey, UUID.randomUUID()));
  }

  @PreAuthorize(StaffRoles.AGENT)
  @Transactional
  public void release(long jobKey) {
    Staff me = currentStaff.require();
    InboxTask task = openTask(jobKey);
    if (!inbox.release(jobKey, me.username())) {
      throw new BusinessRuleException("Only the agent holding a task can release it");
    }
    tickets.assign(task.ticketId(), null, clock.instant());
    setTicketOwner(task.processInstanceKey(), "");
    timeline.record(
        task.ticketId(), TimelineEventType.TASK_RELEASED, task.name(), me.displayName(), "task:%d:release:%s".formatted(jobKey, UUID.randomUUID()));
  }

  /**
   * Completes the task with the agent's answer: the message, the ticket's state, the timeline and
   * the job completion commit together, run again when the transaction loses a deadlock (the job is
   * completed last, after every write). An unclaimed task is claimed on the way. When the engine
   * no longer knows the job, the task leaves the inbox and the agent is told. The answer is written
   * down first, so that a crash between the engine taking the completion and the commit loses
   * nothing: {@link #recoverCompletions} finishes it.
   */
  @PreAuthorize(StaffRoles.AGENT)
  public void complete(long jobKey, AgentResponse response) {
    Staff me = currentStaff.require();
    Boolean written = transactions.execute(status -> journal.recordIfAbsent(jobKey, me.username(), response, clock.instant()));
    if (!Boolean.TRUE.equals(written)) {
      // an answer a crash cut short: it goes first, and this one is refused like any second answer
      recover(jobKey);
      throw new BusinessRuleException("This task has already been answered");
    }
    try {
      transactions.executeWithoutResult(status -> {
        journal.remove(jobKey);
        completeInTransaction(me, takeForCompletion(me, jobKey), response, false);
      });
    } catch (TaskNoLongerActiveException e) {
      transactions.executeWithoutResult(status -> {
        journal.remove(jobKey);
        inbox.end(jobKey, TaskState.WITHDRAWN, null, clock.instant());
      });
      throw e;
    } catch (RuntimeException e) {
      transactions.executeWithoutResult(status -> journal.remove(jobKey));
      throw e;
    }
  }

  /**
   * Finishes answers whose completion was cut short (the application died after writing the answer
   * down and before committing it), as the agent who gave them. If the engine no longer knows the
   * job, it took the completion before the crash: the answer is kept, even on a ticket closed since.
   * Returns how many were finished.
   */
  public int recoverCompletions(Duration olderThan) {
    int finished = 0;
    for (long jobKey : journal.requestedBefore(clock.instant().minus(olderThan), 100)) {
      if (recover(jobKey)) {
        finished++;
      }
    }
    return finished;
  }

  private boolean recover(long jobKey) {
    try {
      Boolean done = transactions.execute(status -> journal.lock(jobKey).map(pending -> {
        journal.remove(jobKey);
        Staff agent = staff.find(pending.username()).map(Staff::of)
            .orElseThrow(() -> new NotFoundException("No staff member " + pending.username()));
        InboxTask task = inbox.find(jobKey).orElseThrow(() -> new NotFoundException("No task " + jobKey));
        if (task.state() == TaskState.COMPLETED) {
          return false;
        }
        completeInTransaction(agent, task, pending.response(), true);
        return true;
      }).orElse(false));
      if (Boolean.TRUE.equals(done)) {
        LOG.info("Finished the interrupted completion of task {}", jobKey);
        return true;
      }
    } catch (BusinessRuleException e) {
      LOG.warn("Dropped the interrupted completion of task {}: {}", jobKey, e.getMessage());
      transactions.executeWithoutResult(status -> journal.remove(jobKey));
    } catch (RuntimeException e) {
      LOG.warn("Could not finish the interrupted completion of task {} yet; trying again later", jobKey, e);
    }
    return false;
  }

  private void completeInTransaction(Staff me, InboxTask task, AgentResponse response, boolean recovering) {
    if (DECISION_TASKS.contains(task.elementId())) {
      throw new BusinessRuleException("%s is completed with a decision, not a message".formatted(task.name()));
    }
    if (!OWNER_TASKS.contains(task.elementId()) && response.action() != AgentAction.REPLY) {
      throw new BusinessRuleException("%s is completed with a message to the customer".formatted(task.name()));
    }
    agentActions.recordResponse(
        task.ticketId(), task.jobKey(), me.username(), me.displayName(), response, task.isFirstResponse(), recovering);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.AGENT_ACTION, response.action().name());
    variables.put(Variables.TICKET_OWNER, me.username());
    if (task.isFirstResponse()) {
      variables.put(Variables.FIRST_RESPONSE_SENT, true);
    }
    if (recovering) {
      inbox.endRecovered(task.jobKey(), me.username(), clock.instant());
      sendCompletion(task.jobKey(), variables, true);
    } else {
      finish(me, task, variables);
    }
  }

  /**
   * Completes a decision task (an approval, an escalation tier's outcome) for the current staff
   * member: {@code effects} write the decision in the same transaction as the inbox row, and the
   * job completes with {@code variables}. The caller checks the role; this checks the queue.
   */
  @PreAuthorize(StaffRoles.ANY_STAFF)
  public void completeDecision(
      long jobKey, String elementId, Map<String, Object> variables, java.util.function.Consumer<InboxTask> effects) {
    Staff me = currentStaff.require();
    try {
      transactions.executeWithoutResult(
          status -> {
            InboxTask task = takeForCompletion(me, jobKey);
            if (!task.elementId().equals(elementId)) {
              throw new BusinessRuleException("Task %d is %s".formatted(jobKey, task.name()));
            }
            effects.accept(task);
            finish(me, task, variables);
          });
    } catch (TaskNoLongerActiveException e) {
      transactions.executeWithoutResult(status -> inbox.end(jobKey, TaskState.WITHDRAWN, null, clock.instant()));
      throw e;
    }
  }

  /**
   * Makes {@code username} the ticket's owner: the ticket, its open owner tasks and the process's
   * {@code ticketOwner}, so later owner tasks go to them too.
   */
  @Transactional
  public void assignOwner(long ticketId, String username) {
    tickets.findById(ticketId).ifPresent(ticket -> {
      tickets.assign(ticketId, username, clock.instant());
      inbox.reassignOpen(ticketId, OWNER_TASKS, username);
      if (ticket.processInstanceKey() != null) {
        setTicketOwner(ticket.processInstanceKey(), username);
      }
    });
  }

  /** Open tasks of one process instance (an escalation's) leave the inbox; the engine ends their jobs. */
  public void withdrawTasksOf(long processInstanceKey, String why) {
    for (InboxTask task : inbox.openForProcessInstance(processInstanceKey)) {
      if (inbox.end(task.jobKey(), TaskState.WITHDRAWN, null, clock.instant())) {
        timeline.record(
            task.ticketId(), TimelineEventType.TASK_WITHDRAWN, task.name() + " — " + why, "Workflow",
            "task:" + task.jobKey() + ":withdrawn");
      }
    }
  }

  private InboxTask takeForCompletion(Staff me, long jobKey) {
    InboxTask task = openTask(jobKey);
    requireGroup(me, task);
    if (task.assignee() == null) {
      router.requireMayTake(me, task.candidateGroup(), task.ticketId());
      if (!inbox.claim(jobKey, me.username())) {
        throw new BusinessRuleException("Another agent has just claimed this task");
      }
    } else if (!task.assignee().equals(me.username())) {
      throw new AccessDeniedException("%s holds this task; ask them or a manager to release it".formatted(task.assignee()));
    }
    return task;
  }

  private void finish(Staff me, InboxTask task, Map<String, Object> variables) {
    inbox.end(task.jobKey(), TaskState.COMPLETED, me.username(), clock.instant());
    sendCompletion(task.jobKey(), variables, false);
  }

  /** A job the engine no longer knows ends the task, unless a recovery finds the engine took it before a crash. */
  private void sendCompletion(long jobKey, Map<String, Object> variables, boolean recovering) {
    try {
      client.newCompleteCommand(jobKey).variables(variables).send().join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.NOT_FOUND) {
        throw e;
      }
      if (!recovering) {
        throw new TaskNoLongerActiveException();
      }
    }
  }

  /**
   * Tells the process who owns the ticket, so a step it creates again (after new SLA targets, a
   * reply) goes to that agent; empty sends it to the queue.
   */
  private void setTicketOwner(long processInstanceKey, String username) {
    try {
      client
          .newSetVariablesCommand(processInstanceKey)
          .variables(Map.of(Variables.TICKET_OWNER, username))
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.NOT_FOUND) {
        throw e;
      }
    }
  }

  /**
   * A closed ticket has no work left: its open tasks leave the inbox, except the follow-up of a low
   * survey score, which belongs to the survey and usually comes after the closure.
   */
  @EventListener
  void on(TicketClosed event) {
    for (InboxTask task : inbox.openForTicket(event.ticketId())) {
      if (!OUTLIVE_THE_TICKET.contains(task.elementId())) {
        withdraw(task, "ticket closed");
      }
    }
  }

  /** New SLA targets interrupt the active agent step; the workflow creates it again with new timers. */
  @EventListener
  void on(SlaTargetsChanged event) {
    withdrawOpenTasks(event.ticketId(), OWNER_TASKS, "new SLA targets; the step starts again");
  }

  private void withdrawOpenTasks(long ticketId, Set<String> onlyElements, String why) {
    for (InboxTask task : inbox.openForTicket(ticketId)) {
      if (onlyElements.contains(task.elementId())) {
        withdraw(task, why);
      }
    }
  }

  private void withdraw(InboxTask task, String why) {
    if (inbox.end(task.jobKey(), TaskState.WITHDRAWN, null, clock.instant())) {
      timeline.record(
          task.ticketId(), TimelineEventType.TASK_WITHDRAWN, task.name() + " — " + why, "Workflow",
          "task:" + task.jobKey() + ":withdrawn");
    }
  }

  private InboxTask openTask(long jobKey) {
    InboxTask task = inbox.find(jobKey).orElseThrow(() -> new NotFoundException("No task " + jobKey));
    if (task.state() != TaskState.OPEN) {
      throw new BusinessRuleException("This task is already " + task.state().name().toLowerCase());
    }
    return task;
  }

  private static void requireGroup(Staff me, InboxTask task) {
    if (!me.taskGroups().contains(task.candidateGroup())) {
      throw new AccessDeniedException("Only members of %s work this task".formatted(task.candidateGroup()));
    }
  }
}
