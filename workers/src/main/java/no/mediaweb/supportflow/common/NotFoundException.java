package no.mediaweb.supportflow.common;

public class NotFoundException extends BusinessRuleException {

  public NotFoundException(String message) {
    super(message);
  }
}
