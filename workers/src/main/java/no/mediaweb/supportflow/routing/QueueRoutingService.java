package no.mediaweb.supportflow.routing;

import java.time.Clock;
import java.util.List;
import no.mediaweb.supportflow.common.BusinessRuleException;
import no.mediaweb.supportflow.common.NotFoundException;
import no.mediaweb.supportflow.user.AppUser;
import no.mediaweb.supportflow.user.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managers and admins see every queue's routing and load, and change its strategy and cap. */
@Service
public class QueueRoutingService {

  public static final int MIN_CAP = 1;
  public static final int MAX_CAP = 100;

  private final QueueRoutingRepository queues;
  private final StaffDirectory staff;
  private final Clock clock;

  QueueRoutingService(QueueRoutingRepository queues, StaffDirectory staff, Clock clock) {
    this.queues = queues;
    this.staff = staff;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  @Transactional(readOnly = true)
  public List<QueueOverview> queues() {
    return queues.all().stream().map(this::overview).toList();
  }

  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  @Transactional
  public QueueOverview change(String candidateGroup, RoutingStrategy strategy, Integer maxOpenTasks) {
    if (strategy == null) {
      throw new BusinessRuleException("Choose how the queue routes its tasks");
    }
    if (maxOpenTasks == null || maxOpenTasks < MIN_CAP || maxOpenTasks > MAX_CAP) {
      throw new BusinessRuleException(
          "The cap on an agent's open tasks must be between %d and %d".formatted(MIN_CAP, MAX_CAP));
    }
    if (!queues.change(candidateGroup, strategy, maxOpenTasks, clock.instant())) {
      throw new NotFoundException("No queue " + candidateGroup);
    }
    return overview(queues.find(candidateGroup).orElseThrow());
  }

  private QueueOverview overview(QueueRouting queue) {
    QueueRoutingRepository.QueueLoad load = queues.load(queue.candidateGroup());
    return new QueueOverview(
        queue.candidateGroup(),
        queue.displayName(),
        queue.strategy(),
        queue.maxOpenTasks(),
        load.open(),
        load.waiting(),
        staff.activeMembersOf(queue.candidateGroup()).stream().map(AppUser::displayName).toList());
  }
}
