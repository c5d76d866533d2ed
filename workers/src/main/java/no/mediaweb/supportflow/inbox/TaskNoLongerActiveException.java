package no.mediaweb.supportflow.inbox;

import no.mediaweb.supportflow.common.BusinessRuleException;

public class TaskNoLongerActiveException extends BusinessRuleException {

  public TaskNoLongerActiveException() {
    super("This step is no longer active: the workflow has moved on. The inbox has been refreshed.");
  }
}
