/**
 * Administration of the business calendars (admin/calendars): a grid of every code and zone, and an
 * editor with a live due-time preview. The rules live in {@link no.mediaweb.supportflow.sla.CalendarAdminService}.
 */
package no.mediaweb.supportflow.ui.calendar;
