-- Warranty comebacks and sublet work (issue 20): a defect registered against an earlier repair,
-- its coverage computed from the free re-repair windows (자동차관리법 시행규칙 제134조), the
-- re-repair assigned to a mechanic as a receipt and job through the usual capacity check or to a
-- contractor as a sublet order; sublet orders on ordinary jobs; contractors' logins.

-- the day a car was first registered (its age at a repair decides the window)
ALTER TABLE vehicles ADD COLUMN first_registered_on TEXT;
-- the windows as JSON, [{maxAgeMonths, maxKm, days}, ...] first match wins; NULL: the legal ones
ALTER TABLE shop ADD COLUMN warranty_windows TEXT;

CREATE TABLE warranty_claims (
  id                    INTEGER PRIMARY KEY,
  original_receipt_id   INTEGER NOT NULL REFERENCES receipts (id),
  vehicle_id            INTEGER NOT NULL REFERENCES vehicles (id),
  customer_id           INTEGER NOT NULL REFERENCES customers (id),
  complaint             TEXT    NOT NULL,
  mileage_km            INTEGER NOT NULL CHECK (mileage_km >= 0),
  status                TEXT    NOT NULL CHECK (status IN ('REGISTERED', 'ASSIGNED', 'RESOLVED', 'CANCELLED')),
  coverage              TEXT    NOT NULL CHECK (coverage IN ('WARRANTY', 'BILLABLE')),
  coverage_reason       TEXT    NOT NULL,
  window_days           INTEGER,
  window_starts_on      TEXT,
  window_ends_on        TEXT,
  overridden_by         TEXT,
  override_reason       TEXT,
  reason_code           TEXT CHECK (reason_code IN ('WORKMANSHIP', 'PART_DEFECT', 'MISDIAGNOSIS', 'OTHER')),
  receipt_id            INTEGER REFERENCES receipts (id),
  job_id                INTEGER REFERENCES jobs (id),
  sublet_order_id       INTEGER REFERENCES sublet_orders (id),
  rejected_receipt_id   INTEGER REFERENCES receipts (id),
  cancel_reason         TEXT,
  created_by            TEXT    NOT NULL,
  created_at            TEXT    NOT NULL,
  updated_at            TEXT    NOT NULL,
  version               INTEGER NOT NULL DEFAULT 1,
  CHECK ((status = 'ASSIGNED') <= (receipt_id IS NOT NULL OR sublet_order_id IS NOT NULL))
);
CREATE INDEX warranty_claims_status ON warranty_claims (status, id);
CREATE INDEX warranty_claims_vehicle ON warranty_claims (vehicle_id, id);
CREATE INDEX warranty_claims_original ON warranty_claims (original_receipt_id, id);
CREATE UNIQUE INDEX warranty_claims_receipt ON warranty_claims (receipt_id) WHERE receipt_id IS NOT NULL;

-- a receipt made for a claim's re-repair (its invoice bills nothing when the claim is WARRANTY)
ALTER TABLE receipts ADD COLUMN warranty_claim_id INTEGER REFERENCES warranty_claims (id);
ALTER TABLE invoices ADD COLUMN warranty INTEGER NOT NULL DEFAULT 0;
-- the status board shows a receipt's comeback: the claim against it, or the one it re-repairs
ALTER TABLE status_pages ADD COLUMN warranty_claim_id INTEGER;
ALTER TABLE status_pages ADD COLUMN warranty_status TEXT;

-- Work sent to an outside shop: for a job (billed on its invoice as a SUBLET line at price, or by
-- the approved estimate line it was made for) or for a claim. cost: what the contractor charges
-- the shop; price: what the customer pays (NULL until known: a claim's order is then billed at cost).
CREATE TABLE sublet_orders (
  id                     INTEGER PRIMARY KEY,
  supplier_id            INTEGER NOT NULL REFERENCES suppliers (id),
  claim_id               INTEGER REFERENCES warranty_claims (id),
  job_id                 INTEGER REFERENCES jobs (id),
  estimate_line_id       INTEGER REFERENCES estimate_lines (id),
  vehicle_id             INTEGER REFERENCES vehicles (id),
  description            TEXT    NOT NULL,
  cost                   INTEGER NOT NULL CHECK (cost >= 0),
  price                  INTEGER CHECK (price >= 0),
  status                 TEXT    NOT NULL CHECK (status IN ('ORDERED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
  scheduled_on           TEXT,
  vendor_invoice_number  TEXT,
  notes                  TEXT,
  cancel_reason          TEXT,
  created_by             TEXT    NOT NULL,
  created_at             TEXT    NOT NULL,
  updated_at             TEXT    NOT NULL,
  completed_at           TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  CHECK (claim_id IS NOT NULL OR job_id IS NOT NULL),
  CHECK ((status = 'SCHEDULED') <= (scheduled_on IS NOT NULL)),
  CHECK ((status = 'COMPLETED') <= (price IS NOT NULL AND completed_at IS NOT NULL))
);
CREATE INDEX sublet_orders_status ON sublet_orders (status, id);
CREATE INDEX sublet_orders_supplier ON sublet_orders (supplier_id, id);
CREATE INDEX sublet_orders_job ON sublet_orders (job_id);
CREATE INDEX sublet_orders_claim ON sublet_orders (claim_id);
-- an approved estimate line is ordered (and billed) once
CREATE UNIQUE INDEX sublet_orders_estimate_line ON sublet_orders (estimate_line_id)
  WHERE estimate_line_id IS NOT NULL AND status <> 'CANCELLED';

-- A contractor's login, linked to its supplier: SQLite cannot change the role CHECK in place, so
-- users is rebuilt (the migrator turns foreign keys off around it and checks them after).
CREATE TABLE users_v15 (
  id             INTEGER PRIMARY KEY,
  username       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  password_hash  TEXT    NOT NULL,
  role           TEXT    NOT NULL CHECK (role IN ('MANAGER', 'RECEPTIONIST', 'MECHANIC', 'CONTRACTOR')),
  mechanic_id    INTEGER REFERENCES mechanics (id),
  active         INTEGER NOT NULL DEFAULT 1,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL,
  supplier_id    INTEGER REFERENCES suppliers (id),
  CHECK (role <> 'MECHANIC' OR mechanic_id IS NOT NULL),
  CHECK (role <> 'CONTRACTOR' OR supplier_id IS NOT NULL)
);
INSERT INTO users_v15 (id, username, password_hash, role, mechanic_id, active, version, created_at, updated_at)
  SELECT id, username, password_hash, role, mechanic_id, active, version, created_at, updated_at
  FROM users ORDER BY id;
DROP TABLE users;
ALTER TABLE users_v15 RENAME TO users;
