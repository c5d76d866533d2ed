package no.mediaweb.supportflow.routing;

import java.util.List;

/** A queue as managers see it: its routing, its open tasks (of which waiting unassigned) and its agents. */
public record QueueOverview(
    String candidateGroup,
    String displayName,
    RoutingStrategy strategy,
    int maxOpenTasks,
    long openTasks,
    long waitingTasks,
    List<String> agents) {}
