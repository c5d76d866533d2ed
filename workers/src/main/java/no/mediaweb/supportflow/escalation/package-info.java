/**
 * Escalations of a ticket (escalation.bpmn) and the emergency response (emergency-response.bpmn):
 * agents ask for them, managers approve or reject, tiers work them, and every decision lands on the
 * ticket's timeline with who and why. The ticket keeps one owner, who speaks to the customer while
 * L2, L3, management or the product team work the escalation.
 */
package no.mediaweb.supportflow.escalation;
