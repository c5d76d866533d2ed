package no.mediaweb.supportflow.reporting.review;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.StaffRoles;
import no.mediaweb.supportflow.inbox.TaskNoLongerActiveException;
import no.mediaweb.supportflow.processes.MonthlyMetricsProcess.Variables;
import no.mediaweb.supportflow.user.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The managers' monthly review: the open review tasks, the filed reviews, and completing a review. */
@Service
public class MonthlyReviews {

  static final int MAX_TEXT = 10_000;

  private final MetricReviewStore store;
  private final CurrentStaff currentStaff;
  private final CamundaClient client;
  private final TransactionTemplate transactions;
  private final Clock clock;

  MonthlyReviews(
      MetricReviewStore store, CurrentStaff currentStaff, CamundaClient client, TransactionTemplate transactions, Clock clock) {
    this.store = store;
    this.currentStaff = currentStaff;
    this.client = client;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Months waiting for a review, newest first. */
  @PreAuthorize(StaffRoles.MANAGER)
  public List<OpenMonthlyReview> openReviews() {
    return store.open();
  }

  @PreAuthorize(StaffRoles.MANAGER)
  public Optional<MonthlyReview> review(YearMonth month) {
    return store.find(month);
  }

  /**
   * Completes the month's review task with the manager's notes (required) and actions (optional);
   * the process then files them with the month. A task the workflow no longer has leaves the list
   * and the manager is told.
   */
  @PreAuthorize(StaffRoles.MANAGER)
  public void complete(long jobKey, String notes, String actions) {
    if (notes == null || notes.isBlank()) {
      throw new BusinessRuleException("Write down what you found in the month's figures before completing the review");
    }
    if (notes.length() > MAX_TEXT || (actions != null && actions.length() > MAX_TEXT)) {
      throw new BusinessRuleException("Notes and actions are limited to %d characters each".formatted(MAX_TEXT));
    }
    String reviewer = currentStaff.require().username();
    if (store.openTask(jobKey).isEmpty()) {
      throw new BusinessRuleException("This month's review is no longer open: someone has completed it or the workflow has moved on");
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.REVIEW_NOTES, notes.strip());
    variables.put(Variables.REVIEW_ACTIONS, actions == null ? "" : actions.strip());
    variables.put(Variables.REVIEWER, reviewer);
    try {
      transactions.executeWithoutResult(status -> {
        if (!store.endTask(jobKey, "COMPLETED", reviewer, clock.instant())) {
          throw new BusinessRuleException("Another manager has just completed this review");
        }
        client.newCompleteCommand(jobKey).variables(variables).send().join();
      });
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.NOT_FOUND) {
        throw e;
      }
      transactions.executeWithoutResult(status -> store.endTask(jobKey, "WITHDRAWN", null, clock.instant()));
      throw new TaskNoLongerActiveException();
    }
  }
}
