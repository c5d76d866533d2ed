package no.mediaweb.supportflow.inbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes agents' answers that a crash cut short: once when the application is ready (before
 * anyone works again) and then every few seconds, for answers written down longer ago than any
 * completion takes.
 */
@Component
class CompletionRecovery {

  private static final Logger LOG = LoggerFactory.getLogger(CompletionRecovery.class);

  private final InboxService inbox;
  private final Duration olderThan;

  CompletionRecovery(InboxService inbox, @Value("${supportflow.inbox.completion-recovery-after:10s}") Duration olderThan) {
    this.inbox = inbox;
    this.olderThan = olderThan;
  }

  @EventListener(ApplicationReadyEvent.class)
  void afterStart() {
    recover();
  }

  @Scheduled(
      fixedDelayString = "${supportflow.inbox.completion-recovery-interval:5s}",
      initialDelayString = "${supportflow.inbox.completion-recovery-interval:5s}")
  void recover() {
    try {
      int finished = inbox.recoverCompletions(olderThan);
      if (finished > 0) {
        LOG.info("Finished {} answer(s) whose completion a crash had cut short", finished);
      }
    } catch (RuntimeException e) {
      LOG.warn("Recovering interrupted completions failed; trying again at the next run", e);
    }
  }
}
