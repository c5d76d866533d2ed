/** Customers and their support plans; managers and admins change a plan here. */
package no.mediaweb.supportflow.ui.customers;
