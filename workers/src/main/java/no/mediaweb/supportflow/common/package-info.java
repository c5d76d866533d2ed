/**
 * What every feature shares: the application clock, the base class of business rule violations and
 * transactions that run again after losing a deadlock.
 */
package no.mediaweb.supportflow.common;
