/** Customers of Mediaweb and the support plan each one pays for. */
package no.mediaweb.supportflow.customer;
