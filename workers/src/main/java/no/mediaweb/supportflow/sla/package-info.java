/**
 * SLA arithmetic: the policy's targets become due and at-risk instants through one
 * {@link no.mediaweb.supportflow.sla.DueDateCalculator}. Knows nothing of tickets.
 */
package no.mediaweb.supportflow.sla;
