package no.mediaweb.supportflow.routing;

import java.time.Instant;

/** How one queue (a candidate group) routes its tasks; {@code lastAssigned} is the round-robin pointer. */
public record QueueRouting(
    String candidateGroup,
    String displayName,
    RoutingStrategy strategy,
    int maxOpenTasks,
    String lastAssigned,
    Instant updatedAt) {}
