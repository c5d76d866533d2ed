package no.mediaweb.supportflow.common;

/** A request that breaks a business rule; shown to the person as it is, mapped to HTTP 4xx by the API. */
public class BusinessRuleException extends RuntimeException {

  public BusinessRuleException(String message) {
    super(message);
  }
}
