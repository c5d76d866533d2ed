package no.mediaweb.supportflow.ticket;

/**
 * Published when a ticket's SLA targets change while an agent step is active: the workflow
 * interrupts that step to re-arm its timers, so its open tasks leave the inbox.
 */
public record SlaTargetsChanged(long ticketId) {}
