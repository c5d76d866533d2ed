package no.mediaweb.supportflow.ticket;

/** Where a ticket stands against one SLA target. */
public enum SlaState {
  ON_TRACK,
  AT_RISK,
  BREACHED,
  MET
}
