/** What the views of escalations share: the dialog that asks for a decision's reason or note. */
package no.mediaweb.supportflow.ui.escalation;
