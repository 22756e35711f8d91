-- Estimates the customer approves line by line (issue 17). An estimate is one version of the
-- quote for a receipt (number 1, 2, ... per receipt); a DRAFT is edited, a PRESENTED one is frozen
-- and the one that counts, older presented ones are SUPERSEDED. Money in minor units; hours and
-- quantities in hundredths. The labour and tax rates are those the version was priced with.
CREATE TABLE estimates (
  id            INTEGER PRIMARY KEY,
  receipt_id    INTEGER NOT NULL REFERENCES receipts (id),
  number        INTEGER NOT NULL CHECK (number > 0),
  status        TEXT    NOT NULL CHECK (status IN ('DRAFT', 'PRESENTED', 'SUPERSEDED')),
  currency      TEXT    NOT NULL,
  tax_rate_bp   INTEGER NOT NULL CHECK (tax_rate_bp >= 0),
  subtotal      INTEGER NOT NULL,
  tax           INTEGER NOT NULL,
  total         INTEGER NOT NULL,
  created_by    TEXT    NOT NULL,
  created_at    TEXT    NOT NULL,
  presented_by  TEXT,
  presented_at  TEXT,
  valid_until   TEXT,
  updated_at    TEXT    NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  UNIQUE (receipt_id, number)
);

CREATE TABLE estimate_lines (
  id               INTEGER PRIMARY KEY,
  estimate_id      INTEGER NOT NULL REFERENCES estimates (id),
  position         INTEGER NOT NULL,
  kind             TEXT    NOT NULL CHECK (kind IN ('LABOR', 'PART', 'SUBLET', 'FEE')),
  description      TEXT    NOT NULL,
  hours_centi      INTEGER CHECK (hours_centi > 0),
  rate             INTEGER CHECK (rate >= 0),
  quantity_centi   INTEGER CHECK (quantity_centi > 0),
  unit_price       INTEGER CHECK (unit_price >= 0),
  vehicle_part_id  INTEGER REFERENCES vehicle_parts (id),
  grade            TEXT    CHECK (grade IN ('NEW', 'REMANUFACTURED', 'USED', 'IMPORTED')),
  manual_price     INTEGER NOT NULL DEFAULT 0,
  amount           INTEGER NOT NULL,
  decision         TEXT    NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'DECLINED')),
  decided_at       TEXT,
  decided_by       TEXT,
  UNIQUE (estimate_id, position)
);

-- How the customer agreed (or declined): one row per recorded approval, the lines it decided
-- named in the event.
CREATE TABLE estimate_approvals (
  id             INTEGER PRIMARY KEY,
  estimate_id    INTEGER NOT NULL REFERENCES estimates (id),
  method         TEXT    NOT NULL CHECK (method IN ('IN_PERSON', 'PHONE', 'SIGNATURE', 'MESSAGE')),
  customer_name  TEXT    NOT NULL,
  note           TEXT,
  approved       INTEGER NOT NULL,
  declined       INTEGER NOT NULL,
  recorded_by    TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL
);
CREATE INDEX estimate_approvals_estimate ON estimate_approvals (estimate_id, id);

-- The approved LABOR hours of the receipt's presented estimate, booked on the job's day beside the
-- receipt's own estimate (the capacity definition); the booked-hours index carries them so the
-- capacity sum still reads the index alone.
ALTER TABLE jobs ADD COLUMN approved_centi INTEGER NOT NULL DEFAULT 0 CHECK (approved_centi >= 0);
DROP INDEX jobs_mechanic_day_hours;
CREATE INDEX jobs_mechanic_day_hours ON jobs (mechanic_id, work_date, status, estimated_centi, approved_centi, labor_centi);
