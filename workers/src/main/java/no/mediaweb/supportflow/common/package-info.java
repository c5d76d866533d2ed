/** What every feature shares: the application clock and the base class of business rule violations. */
package no.mediaweb.supportflow.common;
