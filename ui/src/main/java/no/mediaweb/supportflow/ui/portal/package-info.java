/**
 * The customer's page for one ticket, reached only through the signed link: status, conversation,
 * replies and confirmation of a proposed resolution. Customers never log in.
 */
package no.mediaweb.supportflow.ui.portal;
