/** The satisfaction survey after a ticket is resolved: signed single-use links, answers, no-response. */
package no.mediaweb.supportflow.survey;
