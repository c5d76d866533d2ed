/** The ticket's timeline: every step the workflow and people take, each recorded once by its key. */
package no.mediaweb.supportflow.timeline;
