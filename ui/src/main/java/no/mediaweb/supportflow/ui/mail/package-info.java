/** The sent-mail view for managers and admins: the outbox as a lazy grid, each mail's text and HTML. */
package no.mediaweb.supportflow.ui.mail;
