/**
 * Monthly support metrics: the definitions as SQL (MetricDefinitions), the monthly computation into
 * the summary tables, the dashboard's reads of those tables and the drill-down to the tickets.
 */
package no.mediaweb.supportflow.reporting.metrics;
