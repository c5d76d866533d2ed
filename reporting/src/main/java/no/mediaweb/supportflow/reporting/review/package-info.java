/**
 * The managers' monthly review of the metrics (monthly-metrics.bpmn): the workers that compute the
 * month and file the review, and the service the review screen calls.
 */
package no.mediaweb.supportflow.reporting.review;
