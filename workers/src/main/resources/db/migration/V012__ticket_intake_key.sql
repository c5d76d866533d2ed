-- A client's Idempotency-Key on POST /api/v1/tickets, per customer: a request sent again after its
-- answer was lost opens no second ticket. The row is written first (ticket_id still NULL), so a
-- second request with the key waits for the first one's transaction and then finds its ticket.
CREATE TABLE ticket_intake_key (
  customer_id     BIGINT       NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  ticket_id       BIGINT       NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (customer_id, idempotency_key),
  CONSTRAINT fk_ticket_intake_key_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_ticket_intake_key_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
