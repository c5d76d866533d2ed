/**
 * Small building blocks the views share: SLA and status badges, the conversation list, times in the
 * viewer's time zone, notifications, the poll that keeps a view up to date while it is shown and the
 * Chart.js chart element.
 */
package no.mediaweb.supportflow.ui.components;
