package no.mediaweb.supportflow.ticket;

import no.mediaweb.supportflow.common.BusinessRuleException;

public class UnknownAccountException extends BusinessRuleException {

  public UnknownAccountException(String email) {
    super("No Mediaweb support plan is registered for " + email
        + ". Use the e-mail address of your Mediaweb account.");
  }
}
