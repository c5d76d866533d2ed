package no.mediaweb.supportflow.ticket;

public enum Channel {
  WEB,
  API,
  EMAIL
}
