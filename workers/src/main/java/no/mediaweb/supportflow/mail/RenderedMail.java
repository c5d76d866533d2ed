package no.mediaweb.supportflow.mail;

/** A mail as it will be sent: subject, plain-text part and HTML part. */
public record RenderedMail(String subject, String text, String html) {}
