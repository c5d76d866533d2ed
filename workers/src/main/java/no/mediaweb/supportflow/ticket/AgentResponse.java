package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.processes.SupportTicketProcess.AgentAction;

/** An agent's answer on a workflow task: what they wrote and what should happen next. */
public record AgentResponse(AgentAction action, String body) {}
