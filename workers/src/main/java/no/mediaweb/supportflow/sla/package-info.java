/**
 * The SLA policy and calendars: the deployed sla-policy decision, business calendars stored in
 * MySQL and resolved per customer time zone, and due and at-risk instants computed on them. The
 * business-time arithmetic itself is the Spring-free library in {@code sla.calendar}. Knows nothing
 * of tickets.
 */
package no.mediaweb.supportflow.sla;
