/**
 * Business-time arithmetic in plain Java: a {@link no.mediaweb.supportflow.sla.calendar.BusinessCalendar}
 * of weekly hours, holidays and breaks adds business durations to instants and measures the business
 * time between them, around {@link no.mediaweb.supportflow.sla.calendar.Pause}s. No Spring here;
 * {@link no.mediaweb.supportflow.sla.calendar.BusinessTimeBatch} is its JSON command line.
 */
package no.mediaweb.supportflow.sla.calendar;
