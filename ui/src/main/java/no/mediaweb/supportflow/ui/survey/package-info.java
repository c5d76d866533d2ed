/**
 * The satisfaction survey in the browser: the customer's public survey page (signed single-use
 * link, no login) and the managers' list of low scores to follow up.
 */
package no.mediaweb.supportflow.ui.survey;
