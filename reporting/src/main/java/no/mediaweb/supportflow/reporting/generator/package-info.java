/**
 * Fills the database with months of realistic ticket history (plans, channels, priorities,
 * escalations, surveys, QA reviews) for the metrics dashboard, its benchmark and the local run.
 */
package no.mediaweb.supportflow.reporting.generator;
