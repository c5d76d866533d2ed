package no.mediaweb.supportflow.mail;

public enum MailStatus {
  /** Waiting to be sent, first time or after a failed attempt. */
  PENDING,
  /** Claimed by a dispatcher; reclaimed if its lease runs out (a crashed instance). */
  SENDING,
  SENT,
  /** Given up after the configured number of attempts. */
  FAILED
}
