package no.mediaweb.supportflow.mail;

/** What an inbound e-mail led to. */
public enum InboundOutcome {
  TICKET_CREATED,
  REPLY_ADDED,
  UNKNOWN_SENDER,
  /** An automatic mail (auto-reply, bounce) or one from the support address itself: left alone, so mail loops cannot start. */
  IGNORED
}
