-- Supportflow core schema: customers, tickets, conversation, timeline, inbox and staff users.
-- Instants are stored in UTC as DATETIME(6).

CREATE TABLE customer (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_email VARCHAR(254) NOT NULL,
  name          VARCHAR(200) NOT NULL,
  company       VARCHAR(200) NULL,
  plan          VARCHAR(20)  NOT NULL,
  time_zone     VARCHAR(64)  NOT NULL,
  language      VARCHAR(8)   NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_customer_email UNIQUE (account_email),
  CONSTRAINT ck_customer_plan CHECK (plan IN ('STARTER', 'PRO', 'ENTERPRISE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  number                    VARCHAR(16)  NULL,
  customer_id               BIGINT       NOT NULL,
  subject                   VARCHAR(200) NOT NULL,
  description               TEXT         NOT NULL,
  priority                  VARCHAR(10)  NOT NULL,
  status                    VARCHAR(24)  NOT NULL,
  channel                   VARCHAR(10)  NOT NULL,
  assignee                  VARCHAR(64)  NULL,
  process_instance_key      BIGINT       NULL,
  first_response_due_at     DATETIME(6)  NULL,
  first_response_at_risk_at DATETIME(6)  NULL,
  resolution_due_at         DATETIME(6)  NULL,
  resolution_at_risk_at     DATETIME(6)  NULL,
  first_responded_at        DATETIME(6)  NULL,
  resolved_at               DATETIME(6)  NULL,
  closed_at                 DATETIME(6)  NULL,
  close_reason              VARCHAR(24)  NULL,
  first_response_sla        VARCHAR(10)  NOT NULL,
  resolution_sla            VARCHAR(10)  NOT NULL,
  created_at                DATETIME(6)  NOT NULL,
  updated_at                DATETIME(6)  NOT NULL,
  version                   INT          NOT NULL,
  CONSTRAINT uk_ticket_number UNIQUE (number),
  CONSTRAINT fk_ticket_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT ck_ticket_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'CRITICAL')),
  CONSTRAINT ck_ticket_channel CHECK (channel IN ('WEB', 'API', 'EMAIL')),
  CONSTRAINT ck_ticket_fr_sla CHECK (first_response_sla IN ('ON_TRACK', 'AT_RISK', 'BREACHED', 'MET')),
  CONSTRAINT ck_ticket_res_sla CHECK (resolution_sla IN ('ON_TRACK', 'AT_RISK', 'BREACHED', 'MET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_status ON ticket (status, created_at);
CREATE INDEX ix_ticket_customer ON ticket (customer_id, created_at);

CREATE TABLE ticket_message (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id       BIGINT        NOT NULL,
  author_type     VARCHAR(10)   NOT NULL,
  author_name     VARCHAR(200)  NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  body            TEXT          NOT NULL,
  idempotency_key VARCHAR(100)  NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  CONSTRAINT uk_ticket_message_key UNIQUE (idempotency_key),
  CONSTRAINT fk_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_ticket_message_author CHECK (author_type IN ('CUSTOMER', 'AGENT', 'SYSTEM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_message_ticket ON ticket_message (ticket_id, created_at);

CREATE TABLE ticket_event (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id   BIGINT        NOT NULL,
  type        VARCHAR(40)   NOT NULL,
  detail      VARCHAR(1000) NULL,
  actor       VARCHAR(200)  NOT NULL,
  event_key   VARCHAR(120)  NOT NULL,
  occurred_at DATETIME(6)   NOT NULL,
  CONSTRAINT uk_ticket_event_key UNIQUE (event_key),
  CONSTRAINT fk_ticket_event_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_event_ticket ON ticket_event (ticket_id, occurred_at, id);

CREATE TABLE human_task (
  job_key              BIGINT       NOT NULL PRIMARY KEY,
  process_instance_key BIGINT       NOT NULL,
  ticket_id            BIGINT       NOT NULL,
  element_id           VARCHAR(100) NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  candidate_group      VARCHAR(64)  NOT NULL,
  assignee             VARCHAR(64)  NULL,
  state                VARCHAR(12)  NOT NULL,
  due_at               DATETIME(6)  NULL,
  created_at           DATETIME(6)  NOT NULL,
  ended_at             DATETIME(6)  NULL,
  ended_by             VARCHAR(64)  NULL,
  CONSTRAINT fk_human_task_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_human_task_state CHECK (state IN ('OPEN', 'COMPLETED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_human_task_queue ON human_task (state, candidate_group, due_at);
CREATE INDEX ix_human_task_assignee ON human_task (state, assignee, due_at);
CREATE INDEX ix_human_task_ticket ON human_task (ticket_id, state);

CREATE TABLE app_user (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  roles         VARCHAR(200) NOT NULL,
  task_groups   VARCHAR(200) NOT NULL,
  active        BOOLEAN      NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
