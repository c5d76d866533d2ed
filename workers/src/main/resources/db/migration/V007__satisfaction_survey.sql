-- One satisfaction survey per ticket, written by satisfaction-survey.bpmn's workers and the public
-- survey page. The row is the truth about the answer; plan and channel are snapshots taken when the
-- survey is registered, for CSAT and response rate by plan and channel.

CREATE TABLE survey (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id            BIGINT        NOT NULL,
  process_instance_key BIGINT        NOT NULL,
  plan                 VARCHAR(12)   NOT NULL,
  channel              VARCHAR(10)   NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  sent_at              DATETIME(6)   NULL,
  expires_at           DATETIME(6)   NULL,
  reminded_at          DATETIME(6)   NULL,
  answered_at          DATETIME(6)   NULL,
  score                TINYINT       NULL,
  comment              VARCHAR(2000) NULL,
  outcome              VARCHAR(12)   NULL,
  ended_at             DATETIME(6)   NULL,
  followup_needed      BOOLEAN       NOT NULL DEFAULT FALSE,
  followup_note        VARCHAR(2000) NULL,
  followed_up_by       VARCHAR(200)  NULL,
  followed_up_at       DATETIME(6)   NULL,
  CONSTRAINT uk_survey_ticket UNIQUE (ticket_id),
  CONSTRAINT fk_survey_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_survey_score CHECK (score IS NULL OR score BETWEEN 1 AND 5),
  CONSTRAINT ck_survey_outcome CHECK (outcome IS NULL OR outcome IN ('ANSWERED', 'NO_RESPONSE', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_outcome ON survey (outcome, answered_at);
