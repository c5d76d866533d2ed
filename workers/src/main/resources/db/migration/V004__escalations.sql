-- Escalations: what the customer told us about the problem (category), whether it is a critical
-- emergency, the queue that currently works the ticket, and one row per escalation with its state.
-- Every step of an escalation (who decided what and why) is also written to the ticket's timeline.

ALTER TABLE ticket ADD COLUMN category VARCHAR(20) NOT NULL DEFAULT 'OTHER';
ALTER TABLE ticket ADD COLUMN emergency BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE ticket ADD CONSTRAINT ck_ticket_category CHECK (category IN ('SITE_DOWN', 'DATA_LOSS',
  'SECURITY_BREACH', 'PAYMENT_FAILURE', 'LEGAL_COMPLIANCE', 'PERFORMANCE', 'HOW_TO', 'BILLING', 'OTHER'));

-- id is the key of the escalation's process instance: a redelivered job finds the row it wrote.
-- escalation_key correlates messages to that instance (each escalation has its own).
CREATE TABLE escalation (
  id                BIGINT        NOT NULL PRIMARY KEY,
  escalation_key    VARCHAR(100)  NOT NULL,
  ticket_id         BIGINT        NOT NULL,
  trigger_kind      VARCHAR(20)   NOT NULL,
  reason            VARCHAR(30)   NOT NULL,
  note              VARCHAR(2000) NULL,
  requested_by      VARCHAR(200)  NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  tier              VARCHAR(20)   NULL,
  queue             VARCHAR(64)   NULL,
  approval_required BOOLEAN       NOT NULL DEFAULT FALSE,
  decided_by        VARCHAR(200)  NULL,
  decision_reason   VARCHAR(2000) NULL,
  outcome_note      VARCHAR(2000) NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uk_escalation_key UNIQUE (escalation_key),
  CONSTRAINT fk_escalation_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_escalation_trigger CHECK (trigger_kind IN ('AGENT', 'SLA_BREACH', 'EMERGENCY')),
  CONSTRAINT ck_escalation_state CHECK (state IN ('REQUESTED', 'AWAITING_APPROVAL', 'WITH_TIER', 'RESOLVED',
    'RETURNED', 'REJECTED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_escalation_ticket ON escalation (ticket_id, created_at);
CREATE INDEX ix_escalation_state ON escalation (state, queue);
