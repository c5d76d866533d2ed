package no.mediaweb.supportflow.survey;

import java.time.Instant;

/**
 * A survey e-mail the customer is owed. Published inside the transaction that records the survey
 * step, so the outgoing mail is stored together with it or not at all; {@code mailKey} is unique per
 * e-mail, so a redelivered job publishes the same key again and no second mail is sent.
 */
public record SurveyMailDue(long ticketId, Kind kind, String surveyLink, Instant expiresAt, String mailKey) {

  public enum Kind {
    INVITATION,
    REMINDER
  }
}
