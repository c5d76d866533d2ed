/**
 * Quality assurance: the weekly random sample of closed tickets, versioned scorecards, QA reviews,
 * agents' disputes decided by QA leads, and calibration of reviewers against each other.
 */
package no.mediaweb.supportflow.qa;
