-- Monthly support metrics (monthly-metrics.bpmn, the reporting module). The definitions are in
-- docs/metrics.md. A month is a calendar month in the reporting time zone; monthly-metrics
-- computes the previous month into the summary tables below once, on the 1st, and a manager
-- reviews it. The dashboard reads only the summary tables; drill-down reads the tickets.

-- Counters the metrics need on every ticket, kept by the workflow as it goes:
-- reopen_count by "Reopen the ticket", agent_reply_count by every message from an agent, and
-- resolution_breached, which stays TRUE once a resolution target was missed (a reopen starts a
-- new target, but the breach happened).
ALTER TABLE ticket ADD COLUMN reopen_count INT NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN agent_reply_count INT NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN resolution_breached BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE ticket t SET
  reopen_count = (SELECT COUNT(*) FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'REOPENED'),
  agent_reply_count = (SELECT COUNT(*) FROM ticket_message m WHERE m.ticket_id = t.id AND m.author_type = 'AGENT'),
  resolution_breached = (t.resolution_sla = 'BREACHED');

CREATE INDEX ix_ticket_created ON ticket (created_at);
CREATE INDEX ix_ticket_first_responded ON ticket (first_responded_at);
CREATE INDEX ix_ticket_resolved ON ticket (resolved_at);
CREATE INDEX ix_escalation_created ON escalation (created_at);
CREATE INDEX ix_survey_sent ON survey (sent_at);
CREATE INDEX ix_qa_review_submitted ON qa_review (submitted_at);

-- The monthly review is a workflow task without a ticket.
ALTER TABLE human_task MODIFY ticket_id BIGINT NULL;

-- One row per computed month; recomputing a month replaces its summary rows in one transaction.
CREATE TABLE metric_month (
  month        DATE         NOT NULL PRIMARY KEY,
  zone         VARCHAR(64)  NOT NULL,
  period_from  DATETIME(6)  NOT NULL,
  period_to    DATETIME(6)  NOT NULL,
  computed_at  DATETIME(6)  NOT NULL,
  computed_by  VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened in a month, per plan, channel and agent (the ticket's owner; '' = nobody).
-- Each column group has its own cohort: created in the month, first response sent in the month,
-- resolved in the month, open at the month's end, survey sent in the month.
CREATE TABLE metric_summary (
  month                      DATE        NOT NULL,
  plan                       VARCHAR(12) NOT NULL,
  channel                    VARCHAR(10) NOT NULL,
  agent                      VARCHAR(64) NOT NULL,
  team                       VARCHAR(64) NOT NULL,
  tickets_created            INT         NOT NULL DEFAULT 0,
  tickets_escalated          INT         NOT NULL DEFAULT 0,
  first_responses            INT         NOT NULL DEFAULT 0,
  first_response_minutes     BIGINT      NOT NULL DEFAULT 0,
  first_response_met         INT         NOT NULL DEFAULT 0,
  first_response_breached    INT         NOT NULL DEFAULT 0,
  resolved                   INT         NOT NULL DEFAULT 0,
  resolution_minutes         BIGINT      NOT NULL DEFAULT 0,
  resolution_met             INT         NOT NULL DEFAULT 0,
  resolution_breached        INT         NOT NULL DEFAULT 0,
  reopened                   INT         NOT NULL DEFAULT 0,
  first_contact_resolved     INT         NOT NULL DEFAULT 0,
  backlog_at_end             INT         NOT NULL DEFAULT 0,
  surveys_sent               INT         NOT NULL DEFAULT 0,
  surveys_answered           INT         NOT NULL DEFAULT 0,
  survey_score_sum           INT         NOT NULL DEFAULT 0,
  surveys_satisfied          INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (month, plan, channel, agent),
  CONSTRAINT fk_metric_summary_month FOREIGN KEY (month) REFERENCES metric_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- First response and resolution times as histograms (bucket = index into the bounds in
-- DurationBuckets), so median and p90 can be read for any combination of filters.
CREATE TABLE metric_duration_histogram (
  month   DATE        NOT NULL,
  plan    VARCHAR(12) NOT NULL,
  channel VARCHAR(10) NOT NULL,
  agent   VARCHAR(64) NOT NULL,
  measure VARCHAR(16) NOT NULL,
  bucket  SMALLINT    NOT NULL,
  tickets INT         NOT NULL,
  PRIMARY KEY (month, plan, channel, agent, measure, bucket),
  CONSTRAINT fk_metric_histogram_month FOREIGN KEY (month) REFERENCES metric_month (month),
  CONSTRAINT ck_metric_histogram_measure CHECK (measure IN ('FIRST_RESPONSE', 'RESOLUTION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Escalations started in the month by the tier they reached ('NONE' = never handed to a tier).
CREATE TABLE metric_escalation (
  month       DATE        NOT NULL,
  plan        VARCHAR(12) NOT NULL,
  channel     VARCHAR(10) NOT NULL,
  agent       VARCHAR(64) NOT NULL,
  tier        VARCHAR(20) NOT NULL,
  reason      VARCHAR(30) NOT NULL,
  escalations INT         NOT NULL,
  PRIMARY KEY (month, plan, channel, agent, tier, reason),
  CONSTRAINT fk_metric_escalation_month FOREIGN KEY (month) REFERENCES metric_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- QA reviews of sampled tickets submitted in the month (a dispute's adjusted score replaces the
-- reviewer's), by the reviewed ticket's plan and channel and the reviewed agent.
CREATE TABLE metric_qa (
  month     DATE          NOT NULL,
  plan      VARCHAR(12)   NOT NULL,
  channel   VARCHAR(10)   NOT NULL,
  agent     VARCHAR(64)   NOT NULL,
  team      VARCHAR(64)   NOT NULL,
  reviews   INT           NOT NULL,
  score_sum DECIMAL(12, 2) NOT NULL,
  failed    INT           NOT NULL,
  PRIMARY KEY (month, plan, channel, agent),
  CONSTRAINT fk_metric_qa_month FOREIGN KEY (month) REFERENCES metric_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The managers' review of a month (the review task of monthly-metrics.bpmn).
CREATE TABLE metric_review (
  month                DATE          NOT NULL PRIMARY KEY,
  process_instance_key BIGINT        NOT NULL,
  notes                TEXT          NOT NULL,
  actions              TEXT          NULL,
  reviewed_by          VARCHAR(64)   NOT NULL,
  reviewed_at          DATETIME(6)   NOT NULL,
  CONSTRAINT fk_metric_review_month FOREIGN KEY (month) REFERENCES metric_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
