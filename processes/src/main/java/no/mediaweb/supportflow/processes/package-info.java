/**
 * The BPMN processes and DMN decisions (resources at the jar's root) and the one place that names
 * their ids, job types, messages, headers and variables.
 */
package no.mediaweb.supportflow.processes;
