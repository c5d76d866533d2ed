package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.sla.SlaTarget;

/** Published inside the transaction that flags a breach (again on a redelivered job). */
public record SlaBreached(long ticketId, SlaTarget target) {}
