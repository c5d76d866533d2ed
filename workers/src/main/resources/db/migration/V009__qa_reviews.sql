-- Quality assurance: weekly random samples of closed tickets, versioned scorecards, reviews with a
-- score per criterion, agents' disputes with the QA lead's decision, and calibration sessions.

-- One row per draw. run_key comes from the process instance of the timer that fired, so a
-- redelivered draw finds its run and re-draws the same sample from the recorded seed and period.
CREATE TABLE qa_sample_run (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_key      VARCHAR(100)  NOT NULL,
  period_from  DATETIME(6)   NOT NULL,
  period_to    DATETIME(6)   NOT NULL,
  seed         BIGINT        NOT NULL,
  sample_rate  DECIMAL(5, 4) NOT NULL,
  min_per_agent INT          NOT NULL,
  drawn_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uk_qa_sample_run_key UNIQUE (run_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_qa_sample_run_to ON qa_sample_run (period_to);

-- A ticket is sampled at most once, ever.
CREATE TABLE qa_sample (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id    BIGINT       NOT NULL,
  ticket_id BIGINT       NOT NULL,
  agent     VARCHAR(64)  NOT NULL,
  stratum   VARCHAR(40)  NOT NULL,
  CONSTRAINT uk_qa_sample_ticket UNIQUE (ticket_id),
  CONSTRAINT fk_qa_sample_run FOREIGN KEY (run_id) REFERENCES qa_sample_run (id),
  CONSTRAINT fk_qa_sample_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_qa_sample_run ON qa_sample (run_id, ticket_id);

-- A scorecard version is never changed once published: a new version is a new set of rows.
CREATE TABLE scorecard (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  version      INT           NOT NULL,
  name         VARCHAR(200)  NOT NULL,
  pass_mark    DECIMAL(5, 2) NOT NULL,
  published_by VARCHAR(64)   NOT NULL,
  published_at DATETIME(6)   NOT NULL,
  CONSTRAINT uk_scorecard_version UNIQUE (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scorecard_criterion (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  scorecard_id BIGINT        NOT NULL,
  position     INT           NOT NULL,
  code         VARCHAR(40)   NOT NULL,
  name         VARCHAR(200)  NOT NULL,
  guidance     VARCHAR(1000) NOT NULL,
  weight       INT           NOT NULL,
  scale        VARCHAR(12)   NOT NULL,
  critical     BOOLEAN       NOT NULL,
  CONSTRAINT uk_scorecard_criterion UNIQUE (scorecard_id, code),
  CONSTRAINT fk_scorecard_criterion FOREIGN KEY (scorecard_id) REFERENCES scorecard (id),
  CONSTRAINT ck_scorecard_criterion_scale CHECK (scale IN ('POINTS_0_4', 'PASS_FAIL')),
  CONSTRAINT ck_scorecard_criterion_weight CHECK (weight > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first scorecard is reference data that every review refers to by id, the same in every
-- environment and needed before the first review, so it ships with the schema; later versions are
-- published in the application and kept side by side.
INSERT INTO scorecard (id, version, name, pass_mark, published_by, published_at)
VALUES (1, 1, 'Support ticket review', 75.00, 'system', '2026-11-27 00:00:00');
INSERT INTO scorecard_criterion (scorecard_id, position, code, name, guidance, weight, scale, critical) VALUES
  (1, 1, 'response-time', 'Response time',
   'First response and every reply within the plan''s promise; 4 = well inside, 0 = breached without reason.', 15, 'POINTS_0_4', FALSE),
  (1, 2, 'resolution-quality', 'Resolution quality',
   'The root cause is found and the fix holds; 4 = solved for good, 0 = not solved.', 30, 'POINTS_0_4', FALSE),
  (1, 3, 'communication', 'Communication and tone',
   'Clear, friendly and in the customer''s language; 4 = exemplary, 0 = rude or confusing.', 20, 'POINTS_0_4', FALSE),
  (1, 4, 'accuracy', 'Accuracy',
   'Every statement and instruction is correct. Fail fails the review: wrong information harms the customer.', 25, 'PASS_FAIL', TRUE),
  (1, 5, 'process-adherence', 'Process adherence',
   'Escalation, approval and security steps followed. Fail fails the review.', 10, 'PASS_FAIL', TRUE);

-- Calibration: several reviewers score the same ticket; their scores are compared, not published.
CREATE TABLE qa_calibration (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id            BIGINT       NOT NULL,
  requested_by         VARCHAR(64)  NOT NULL,
  reviewers            VARCHAR(1000) NOT NULL,
  process_instance_key BIGINT       NULL,
  requested_at         DATETIME(6)  NOT NULL,
  CONSTRAINT fk_qa_calibration_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- task_key is the job key of the review task: submitting twice writes one review. A calibration
-- review is also unique per calibration and reviewer.
CREATE TABLE qa_review (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  task_key       BIGINT        NOT NULL,
  kind           VARCHAR(12)   NOT NULL,
  ticket_id      BIGINT        NOT NULL,
  agent          VARCHAR(64)   NOT NULL,
  reviewer       VARCHAR(64)   NOT NULL,
  scorecard_id   BIGINT        NOT NULL,
  calibration_id BIGINT        NULL,
  score          DECIMAL(5, 2) NOT NULL,
  result         VARCHAR(8)    NOT NULL,
  critical_failed BOOLEAN      NOT NULL,
  summary        VARCHAR(2000) NULL,
  submitted_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uk_qa_review_task UNIQUE (task_key),
  CONSTRAINT uk_qa_review_calibration UNIQUE (calibration_id, reviewer),
  CONSTRAINT fk_qa_review_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_qa_review_scorecard FOREIGN KEY (scorecard_id) REFERENCES scorecard (id),
  CONSTRAINT fk_qa_review_calibration FOREIGN KEY (calibration_id) REFERENCES qa_calibration (id),
  CONSTRAINT ck_qa_review_kind CHECK (kind IN ('SAMPLE', 'CALIBRATION')),
  CONSTRAINT ck_qa_review_result CHECK (result IN ('PASSED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_qa_review_agent ON qa_review (agent, submitted_at);

CREATE TABLE qa_review_score (
  review_id    BIGINT        NOT NULL,
  criterion_id BIGINT        NOT NULL,
  points       INT           NOT NULL,
  comment      VARCHAR(2000) NULL,
  PRIMARY KEY (review_id, criterion_id),
  CONSTRAINT fk_qa_review_score_review FOREIGN KEY (review_id) REFERENCES qa_review (id),
  CONSTRAINT fk_qa_review_score_criterion FOREIGN KEY (criterion_id) REFERENCES scorecard_criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One dispute per review; the QA lead's decision is written to the same row.
CREATE TABLE qa_dispute (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  review_id            BIGINT        NOT NULL,
  agent                VARCHAR(64)   NOT NULL,
  reason               VARCHAR(2000) NOT NULL,
  disputed_at          DATETIME(6)   NOT NULL,
  process_instance_key BIGINT        NULL,
  decision             VARCHAR(10)   NULL,
  adjusted_score       DECIMAL(5, 2) NULL,
  adjusted_result      VARCHAR(8)    NULL,
  decision_note        VARCHAR(2000) NULL,
  decided_by           VARCHAR(64)   NULL,
  decided_at           DATETIME(6)   NULL,
  CONSTRAINT uk_qa_dispute_review UNIQUE (review_id),
  CONSTRAINT fk_qa_dispute_review FOREIGN KEY (review_id) REFERENCES qa_review (id),
  CONSTRAINT ck_qa_dispute_decision CHECK (decision IS NULL OR decision IN ('UPHELD', 'ADJUSTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
