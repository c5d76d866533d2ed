/** Staff who log in (agents, managers, QA, admins), their roles and the task groups they work. */
package no.mediaweb.supportflow.user;
