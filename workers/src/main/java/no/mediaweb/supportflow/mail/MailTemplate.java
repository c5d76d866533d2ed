package no.mediaweb.supportflow.mail;

import no.mediaweb.supportflow.ticket.MessageKind;

/** The mails Supportflow sends; their texts live in {@code mail/messages*.properties} under the constant's name. */
public enum MailTemplate {
  ACKNOWLEDGEMENT,
  AGENT_REPLY,
  INFO_REQUEST,
  RESOLUTION,
  REMINDER,
  SURVEY_INVITATION,
  SURVEY_REMINDER,
  UNKNOWN_SENDER;

  /** The mail that carries a support message of this kind to the customer. */
  static MailTemplate forMessage(MessageKind kind) {
    return switch (kind) {
      case INFO_REQUEST -> INFO_REQUEST;
      case RESOLUTION -> RESOLUTION;
      case REMINDER -> REMINDER;
      case REPLY, DESCRIPTION, CUSTOMER_REPLY -> AGENT_REPLY;
    };
  }
}
