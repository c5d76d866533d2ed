-- Business calendars of the SLA engine: weekly opening hours, custom holidays and breaks per calendar.
-- A calendar code (business-hours, round-the-clock, ...) has one instance per time zone; exactly one
-- instance of each code is its default. Times of day are minutes after local midnight (1440 = 24:00).
-- The reference calendars are created by code at start-up (DefaultCalendars), not here.

CREATE TABLE business_calendar (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(40)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  time_zone       VARCHAR(64)  NOT NULL,
  holiday_country VARCHAR(16)  NULL,
  is_default      BOOLEAN      NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  -- the code while this row is its default, else NULL: the unique key allows one default per code
  default_code    VARCHAR(40)  AS (CASE WHEN is_default THEN code ELSE NULL END) VIRTUAL,
  CONSTRAINT uk_business_calendar_code_zone UNIQUE (code, time_zone),
  CONSTRAINT uk_business_calendar_default UNIQUE (default_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE business_calendar_hours (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  calendar_id  BIGINT   NOT NULL,
  day_of_week  TINYINT  NOT NULL,
  start_minute SMALLINT NOT NULL,
  end_minute   SMALLINT NOT NULL,
  CONSTRAINT uk_business_calendar_hours UNIQUE (calendar_id, day_of_week, start_minute),
  CONSTRAINT fk_business_calendar_hours_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id) ON DELETE CASCADE,
  CONSTRAINT ck_business_calendar_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
  CONSTRAINT ck_business_calendar_hours_range CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE business_calendar_holiday (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  calendar_id  BIGINT       NOT NULL,
  holiday_date DATE         NOT NULL,
  name         VARCHAR(200) NOT NULL,
  CONSTRAINT uk_business_calendar_holiday UNIQUE (calendar_id, holiday_date),
  CONSTRAINT fk_business_calendar_holiday_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE business_calendar_break (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  calendar_id  BIGINT   NOT NULL,
  break_date   DATE     NOT NULL,
  start_minute SMALLINT NOT NULL,
  end_minute   SMALLINT NOT NULL,
  CONSTRAINT fk_business_calendar_break_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id) ON DELETE CASCADE,
  CONSTRAINT ck_business_calendar_break_range CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_business_calendar_break_calendar ON business_calendar_break (calendar_id, break_date);
