/**
 * The managers' SLA risk board: open tickets whose first response or resolution is at risk or
 * breached, counted by plan and queue and listed most urgent first.
 */
package no.mediaweb.supportflow.risk;
