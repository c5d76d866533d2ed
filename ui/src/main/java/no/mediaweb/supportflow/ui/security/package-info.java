/** Login and the two security chains: the stateless REST API and the Vaadin app. */
package no.mediaweb.supportflow.ui.security;
