package no.mediaweb.supportflow.routing;

/** How a queue hands a new task to one of its agents. */
public enum RoutingStrategy {
  /** Tasks wait in the shared queue until an agent claims one. */
  PULL("Pull from the queue"),
  /** The next agent after the last one assigned, in username order. */
  ROUND_ROBIN("Round robin"),
  /** The agent holding the fewest open tasks. */
  LEAST_LOADED("Least loaded");

  private final String label;

  RoutingStrategy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
