/** The public REST API under {@code /api/v1}; every error is an RFC 9457 problem detail. */
package no.mediaweb.supportflow.api;
