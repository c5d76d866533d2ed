-- Intake details and attachments: the technical details a customer gives when opening a ticket,
-- and the files (screenshots, recordings, console logs) attached to a ticket or one of its messages.
-- Attachment contents live outside the database under supportflow.attachments.dir, named by storage_key.

CREATE TABLE ticket_technical_details (
  ticket_id        BIGINT        NOT NULL PRIMARY KEY,
  operating_system VARCHAR(100)  NULL,
  browser          VARCHAR(100)  NULL,
  device_type      VARCHAR(10)   NULL,
  connection_type  VARCHAR(20)   NULL,
  problem_started  VARCHAR(100)  NULL,
  trying_to_do     VARCHAR(1000) NULL,
  error_messages   TEXT          NULL,
  CONSTRAINT fk_ticket_technical_details_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_ticket_technical_details_device CHECK (device_type IN ('DESKTOP', 'LAPTOP', 'MOBILE', 'TABLET', 'OTHER')),
  CONSTRAINT ck_ticket_technical_details_connection
    CHECK (connection_type IN ('WIRED', 'WIFI', 'MOBILE_DATA', 'SATELLITE', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attachment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  ticket_id     BIGINT       NOT NULL,
  message_id    BIGINT       NULL,
  original_name VARCHAR(255) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  storage_key   VARCHAR(64)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_attachment_storage_key UNIQUE (storage_key),
  CONSTRAINT fk_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT fk_attachment_message FOREIGN KEY (message_id) REFERENCES ticket_message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_ticket ON attachment (ticket_id, id);
