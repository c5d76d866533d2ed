package no.mediaweb.supportflow.reporting.generator;

/**
 * An agent who owns generated tickets. {@code taskGroup} is the queue that makes their team; an
 * agent missing from app_user is created as an inactive account (it cannot log in).
 */
public record GeneratedAgent(String username, String displayName, String taskGroup) {}
