/** The staff login page. Customers never log in: they use the public form and their ticket link. */
package no.mediaweb.supportflow.ui.login;
