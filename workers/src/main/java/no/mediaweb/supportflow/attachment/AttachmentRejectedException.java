package no.mediaweb.supportflow.attachment;

import no.mediaweb.supportflow.common.BusinessRuleException;

/** A file that may not be attached; the message says why in words the customer understands. */
public class AttachmentRejectedException extends BusinessRuleException {

  /** Why a file was refused; the API maps each to its HTTP status. */
  public enum Reason {
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    BAD_NAME,
    EMPTY,
    TOO_MANY
  }

  private final Reason reason;

  public AttachmentRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
