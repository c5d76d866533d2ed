package no.mediaweb.supportflow.qa;

import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Channel;

/** A closed ticket that may be drawn, with the agent who handled it and its stratum. */
public record SampleCandidate(long ticketId, String agent, Plan plan, Channel channel) {

  public String stratum() {
    return plan.name() + "/" + channel.name();
  }
}
