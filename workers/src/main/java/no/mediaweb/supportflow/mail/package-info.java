/**
 * E-mail to and from customers: the outbox of rendered outgoing mails and its SMTP dispatcher, the
 * English and Spanish templates, and the IMAP poller that turns inbound mails into tickets and replies.
 */
package no.mediaweb.supportflow.mail;
