package no.mediaweb.supportflow.mail;

/**
 * An e-mail read from the support mailbox: its Message-ID, sender address (lower case), subject
 * and plain-text body; {@code automatic} when it says it was sent by a machine (an auto-reply, a bounce).
 */
public record InboundMail(String messageId, String sender, String subject, String text, boolean automatic) {}
