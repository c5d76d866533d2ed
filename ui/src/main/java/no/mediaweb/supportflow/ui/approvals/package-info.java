/** The managers' approval queue: escalations waiting for a decision, approved or rejected with a reason. */
package no.mediaweb.supportflow.ui.approvals;
