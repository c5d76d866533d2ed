/**
 * Small building blocks the views share: SLA and status badges, the conversation list, times in the
 * viewer's time zone, notifications and the poll that keeps a view up to date while it is shown.
 */
package no.mediaweb.supportflow.ui.components;
