/**
 * Assignment routing within a queue: each queue's strategy (pull, round robin, least loaded) and cap
 * on an agent's open tasks, and the rules for who may take a task (seniority, language).
 */
package no.mediaweb.supportflow.routing;
