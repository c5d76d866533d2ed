/**
 * The satisfaction survey after a ticket is resolved (satisfaction-survey.bpmn): its workers, the
 * signed single-use links, the customers' answers, no-response and the managers' follow-up of low scores.
 */
package no.mediaweb.supportflow.survey;
