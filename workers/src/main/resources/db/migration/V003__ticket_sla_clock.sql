-- The SLA clock of each ticket: which calendar and targets apply, when the resolution clock
-- started, and the pauses (waiting on the customer) during which it stood still.

CREATE TABLE ticket_sla (
  ticket_id                   BIGINT      NOT NULL PRIMARY KEY,
  calendar_code               VARCHAR(40) NOT NULL,
  first_response_target       VARCHAR(20) NOT NULL,
  resolution_target           VARCHAR(20) NOT NULL,
  next_reply_target           VARCHAR(20) NOT NULL,
  resolution_clock_started_at DATETIME(6) NOT NULL,
  resolution_clock_target     VARCHAR(20) NOT NULL,
  updated_at                  DATETIME(6) NOT NULL,
  CONSTRAINT fk_ticket_sla_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_sla_pause (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id  BIGINT       NOT NULL,
  paused_at  DATETIME(6)  NOT NULL,
  resumed_at DATETIME(6)  NULL,
  pause_key  VARCHAR(120) NOT NULL,
  CONSTRAINT uk_ticket_sla_pause_key UNIQUE (pause_key),
  CONSTRAINT fk_ticket_sla_pause_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ticket_sla_pause_ticket ON ticket_sla_pause (ticket_id, paused_at);

CREATE TABLE staff_notification (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient        VARCHAR(64)   NOT NULL,
  ticket_id        BIGINT        NOT NULL,
  message          VARCHAR(500)  NOT NULL,
  notification_key VARCHAR(160)  NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  read_at          DATETIME(6)   NULL,
  CONSTRAINT uk_staff_notification_key UNIQUE (notification_key),
  CONSTRAINT fk_staff_notification_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_staff_notification_recipient ON staff_notification (recipient, read_at, created_at);
