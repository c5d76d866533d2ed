package no.mediaweb.supportflow.ticket;

public enum AuthorType {
  CUSTOMER,
  AGENT,
  SYSTEM
}
