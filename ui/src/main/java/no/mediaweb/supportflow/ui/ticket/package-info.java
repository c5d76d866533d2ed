/**
 * One ticket as staff see it: header with SLA targets, conversation, timeline, the customer's link
 * and, for an agent holding or able to claim the open task, the reply and next-step actions.
 */
package no.mediaweb.supportflow.ui.ticket;
