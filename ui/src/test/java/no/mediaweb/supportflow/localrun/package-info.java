/**
 * The one-command local run: embedded Zeebe engine and MariaDB server, demo users and data, and the
 * admin's time-travel control. Lives on the test classpath only, never in the production jar.
 */
package no.mediaweb.supportflow.localrun;
