/**
 * The agents' inbox: the workflow's job-based user tasks, stored by job key when activated, claimed
 * and completed here with the agent's answer, withdrawn when the process leaves them another way.
 */
package no.mediaweb.supportflow.inbox;
