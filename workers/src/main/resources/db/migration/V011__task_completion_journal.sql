-- An agent's answer on a workflow task, written down before the job is completed. The answer, the
-- inbox row and the job completion then commit together and remove this row; a row that is still
-- here after a crash is finished by the completion recovery (InboxService.recoverCompletions).
CREATE TABLE task_completion (
  job_key      BIGINT       NOT NULL PRIMARY KEY,
  username     VARCHAR(100) NOT NULL,
  action       VARCHAR(40)  NOT NULL,
  body         TEXT         NOT NULL,
  requested_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_task_completion_requested ON task_completion (requested_at);
