package no.mediaweb.supportflow.survey;

public enum SurveyOutcome {
  ANSWERED,
  NO_RESPONSE,
  WITHDRAWN
}
