/**
 * The staff application's frame: the app layout with navigation by role, the start page that sends
 * agents to their inbox and other staff to the ticket list, and the error pages.
 */
package no.mediaweb.supportflow.ui.layout;
