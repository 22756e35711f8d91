-- Warranty comebacks (issue 20): a defect registered against an earlier repair, its coverage
-- computed from the free re-repair windows (자동차관리법 시행규칙 제134조), and the re-repair
-- assigned to a mechanic as a receipt and job through the usual capacity check.

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
  rejected_receipt_id   INTEGER REFERENCES receipts (id),
  cancel_reason         TEXT,
  created_by            TEXT    NOT NULL,
  created_at            TEXT    NOT NULL,
  updated_at            TEXT    NOT NULL,
  version               INTEGER NOT NULL DEFAULT 1,
  CHECK ((status = 'ASSIGNED') <= (receipt_id IS NOT NULL))
);
CREATE INDEX warranty_claims_status ON warranty_claims (status, id);
CREATE INDEX warranty_claims_vehicle ON warranty_claims (vehicle_id, id);
CREATE UNIQUE INDEX warranty_claims_receipt ON warranty_claims (receipt_id) WHERE receipt_id IS NOT NULL;

-- a receipt made for a claim's re-repair (its invoice bills nothing when the claim is WARRANTY)
ALTER TABLE receipts ADD COLUMN warranty_claim_id INTEGER REFERENCES warranty_claims (id);
ALTER TABLE invoices ADD COLUMN warranty INTEGER NOT NULL DEFAULT 0;
