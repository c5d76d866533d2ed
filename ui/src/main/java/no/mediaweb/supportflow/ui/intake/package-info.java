/**
 * The public form where customers open a ticket with their account e-mail, and the hints that help
 * them write a subject and description the agents can act on.
 */
package no.mediaweb.supportflow.ui.intake;
