/** The staff ticket list: a lazy, searchable grid over all tickets, open ones first by default. */
package no.mediaweb.supportflow.ui.tickets;
