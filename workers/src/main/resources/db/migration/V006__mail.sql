-- Outgoing e-mail goes through this outbox: a row is written in the transaction of the business
-- event (INSERT IGNORE on mail_key) and sent later by the dispatcher. message_id is derived from
-- mail_key, so a receiver can drop the copy of a mail sent twice after a crash.
CREATE TABLE outgoing_mail (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  mail_key        VARCHAR(160)  NOT NULL,
  ticket_id       BIGINT        NULL,
  recipient_email VARCHAR(254)  NOT NULL,
  recipient_name  VARCHAR(200)  NULL,
  language        VARCHAR(8)    NOT NULL,
  template        VARCHAR(40)   NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  text_body       MEDIUMTEXT    NOT NULL,
  html_body       MEDIUMTEXT    NOT NULL,
  message_id      VARCHAR(200)  NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  last_error      VARCHAR(1000) NULL,
  created_at      DATETIME(6)   NOT NULL,
  sent_at         DATETIME(6)   NULL,
  CONSTRAINT uk_outgoing_mail_key UNIQUE (mail_key),
  CONSTRAINT uk_outgoing_mail_message_id UNIQUE (message_id),
  CONSTRAINT fk_outgoing_mail_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_outgoing_mail_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);
CREATE INDEX ix_outgoing_mail_created ON outgoing_mail (created_at, id);

-- Every inbound e-mail seen, by its Message-ID: a message read twice is handled once, and one that
-- keeps failing is given up after a few attempts.
CREATE TABLE inbound_mail (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  message_id   VARCHAR(250)  NOT NULL,
  sender       VARCHAR(254)  NOT NULL,
  subject      VARCHAR(300)  NULL,
  status       VARCHAR(12)   NOT NULL,
  outcome      VARCHAR(20)   NULL,
  ticket_id    BIGINT        NULL,
  attempts     INT           NOT NULL,
  last_error   VARCHAR(1000) NULL,
  received_at  DATETIME(6)   NOT NULL,
  processed_at DATETIME(6)   NULL,
  CONSTRAINT uk_inbound_mail_message_id UNIQUE (message_id),
  CONSTRAINT fk_inbound_mail_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_inbound_mail_status CHECK (status IN ('PROCESSED', 'RETRYING', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
