/**
 * Monthly support metrics: their definitions (metrics-definitions.md), the summary tables
 * monthly-metrics.bpmn fills, the dashboard's queries, the data generator and the benchmark.
 */
package no.mediaweb.supportflow.reporting;
