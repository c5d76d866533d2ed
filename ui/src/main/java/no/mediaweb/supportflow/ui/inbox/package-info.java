/**
 * The agent's inbox: their own tasks and the unassigned tasks of their groups, with SLA state and
 * due time, where tasks are claimed, released and opened.
 */
package no.mediaweb.supportflow.ui.inbox;
