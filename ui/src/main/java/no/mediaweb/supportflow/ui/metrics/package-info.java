/**
 * The support metrics screens: the role-aware dashboard with its charts, drill-down and CSV exports,
 * the help page with the metric definitions, and the managers' monthly review.
 */
package no.mediaweb.supportflow.ui.metrics;
