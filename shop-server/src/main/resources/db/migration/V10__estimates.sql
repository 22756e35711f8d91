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
  -- a manager's correction of an approved line before the job is finished (the values before it
  -- are in the EstimateLineOverridden event)
  override_reason  TEXT,
  overridden_by    TEXT,
  overridden_at    TEXT,
  -- a line recommended by the mechanic during the job
  recommended_by   TEXT,
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

-- Part requests keep the grade issued (the approved estimate line's, else NEW) and the part's cost
-- at issue (for gross profit).
ALTER TABLE part_requests ADD COLUMN grade TEXT NOT NULL DEFAULT 'NEW'
  CHECK (grade IN ('NEW', 'REMANUFACTURED', 'USED', 'IMPORTED'));
ALTER TABLE part_requests ADD COLUMN unit_cost INTEGER CHECK (unit_cost >= 0);

-- Invoices of receipts with an estimate bill its approved lines, sublet work and fees included:
-- the line kinds widen (SQLite cannot change a CHECK in place, so the table is rebuilt).
CREATE TABLE invoice_lines_v10 (
  id              INTEGER PRIMARY KEY,
  invoice_id      INTEGER NOT NULL REFERENCES invoices (id),
  line_no         INTEGER NOT NULL,
  kind            TEXT    NOT NULL CHECK (kind IN ('LABOR', 'PART', 'SUBLET', 'FEE')),
  description     TEXT    NOT NULL,
  quantity_centi  INTEGER NOT NULL,
  unit_price      INTEGER NOT NULL,
  amount          INTEGER NOT NULL,
  UNIQUE (invoice_id, line_no)
);
INSERT INTO invoice_lines_v10 (id, invoice_id, line_no, kind, description, quantity_centi, unit_price, amount)
  SELECT id, invoice_id, line_no, kind, description, quantity_centi, unit_price, amount
  FROM invoice_lines ORDER BY id;
DROP TABLE invoice_lines;
ALTER TABLE invoice_lines_v10 RENAME TO invoice_lines;
-- parts billed in other quantities than approved, as found when the invoice was issued (JSON)
ALTER TABLE invoices ADD COLUMN discrepancies TEXT;

-- Canned jobs: named sets of lines the counter adds to an estimate in one step.
CREATE TABLE canned_jobs (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL,
  active      INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX canned_jobs_name ON canned_jobs (name, id);
CREATE TABLE canned_job_lines (
  id               INTEGER PRIMARY KEY,
  canned_job_id    INTEGER NOT NULL REFERENCES canned_jobs (id),
  position         INTEGER NOT NULL,
  kind             TEXT    NOT NULL CHECK (kind IN ('LABOR', 'PART', 'SUBLET', 'FEE')),
  description      TEXT,
  hours_centi      INTEGER CHECK (hours_centi > 0),
  rate             INTEGER CHECK (rate >= 0),
  quantity_centi   INTEGER CHECK (quantity_centi > 0),
  unit_price       INTEGER CHECK (unit_price >= 0),
  vehicle_part_id  INTEGER REFERENCES vehicle_parts (id),
  grade            TEXT    CHECK (grade IN ('NEW', 'REMANUFACTURED', 'USED', 'IMPORTED')),
  UNIQUE (canned_job_id, position)
);

-- Parts pricing: a part's default price on an estimate is its cost times the multiplier of the band
-- its cost falls in ([from_cost, to_cost), minor units; the last band may be open); the multiplier
-- in hundredths of a percent (150% is 15000).
CREATE TABLE parts_pricing (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  INTEGER NOT NULL
);
INSERT INTO parts_pricing VALUES (1, 1);
CREATE TABLE parts_pricing_bands (
  position            INTEGER PRIMARY KEY,
  from_cost           INTEGER NOT NULL CHECK (from_cost >= 0),
  to_cost             INTEGER CHECK (to_cost > from_cost),
  multiplier_bp       INTEGER NOT NULL CHECK (multiplier_bp > 0)
);

-- Documents handed to the customer, kept as first rendered and served again byte for byte: the
-- estimate (견적서) and the repair statement (정비명세서), per language.
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  kind        TEXT    NOT NULL CHECK (kind IN ('ESTIMATE', 'STATEMENT')),
  ref_id      INTEGER NOT NULL,
  language    TEXT    NOT NULL,
  content     BYTEA   NOT NULL,
  created_at  TEXT    NOT NULL,
  UNIQUE (kind, ref_id, language)
);
