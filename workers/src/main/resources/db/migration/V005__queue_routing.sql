-- Assignment routing within a queue (candidate group): how a new task finds an agent, and how many
-- open tasks an agent may hold before routing and claiming pass them by. PULL leaves tasks in the
-- shared queue. last_assigned is the round-robin pointer.

CREATE TABLE queue_routing (
  candidate_group VARCHAR(64)  NOT NULL PRIMARY KEY,
  display_name    VARCHAR(200) NOT NULL,
  strategy        VARCHAR(20)  NOT NULL,
  max_open_tasks  INT          NOT NULL,
  last_assigned   VARCHAR(64)  NULL,
  updated_at      DATETIME(6)  NOT NULL,
  CONSTRAINT ck_queue_routing_strategy CHECK (strategy IN ('PULL', 'ROUND_ROBIN', 'LEAST_LOADED')),
  CONSTRAINT ck_queue_routing_cap CHECK (max_open_tasks BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queues themselves are configuration the workflow relies on, not demo data.
INSERT INTO queue_routing (candidate_group, display_name, strategy, max_open_tasks, last_assigned, updated_at) VALUES
  ('l1-agents', 'L1 frontline', 'PULL', 10, NULL, UTC_TIMESTAMP(6)),
  ('l2-specialists', 'L2 technical specialists', 'ROUND_ROBIN', 6, NULL, UTC_TIMESTAMP(6)),
  ('l3-engineering', 'L3 engineering', 'LEAST_LOADED', 5, NULL, UTC_TIMESTAMP(6)),
  ('managers', 'Managers', 'PULL', 20, NULL, UTC_TIMESTAMP(6)),
  ('product-team', 'Product team', 'ROUND_ROBIN', 10, NULL, UTC_TIMESTAMP(6));

-- Senior agents take critical tickets; languages is a comma-separated list of ISO 639-1 codes.
ALTER TABLE app_user ADD COLUMN senior BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN languages VARCHAR(100) NOT NULL DEFAULT 'en';
