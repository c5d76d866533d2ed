/**
 * Tickets and their conversation: intake, the agent's and the customer's actions, the signed
 * customer link, and the workers that move a ticket through {@code support-ticket.bpmn}.
 */
package no.mediaweb.supportflow.ticket;
