/** The managers' SLA risk board: at-risk and breached tickets by plan and queue, and the list behind a cell. */
package no.mediaweb.supportflow.ui.risk;
