-- The manager's numbers (issue 21). Reports read the shop's own records over indexes on the times
-- they are grouped by (ADR 22): no summary table to keep in step with voids and corrections.
ALTER TABLE shop ADD COLUMN opening_cash_float INTEGER NOT NULL DEFAULT 0 CHECK (opening_cash_float >= 0);
ALTER TABLE shop ADD COLUMN labor_cost_per_hour INTEGER NOT NULL DEFAULT 0 CHECK (labor_cost_per_hour >= 0);

-- A day's drawer count: one standing count a day (reopening keeps the row, marked, and frees the day).
CREATE TABLE daily_closes (
  id              INTEGER PRIMARY KEY,
  day             TEXT    NOT NULL,
  counted_cash    INTEGER NOT NULL CHECK (counted_cash >= 0),
  expected_cash   INTEGER NOT NULL,
  difference      INTEGER NOT NULL,
  note            TEXT,
  closed_by       TEXT    NOT NULL,
  closed_at       TEXT    NOT NULL,
  reopened_by     TEXT,
  reopened_at     TEXT,
  reopen_reason   TEXT,
  CHECK (difference = counted_cash - expected_cash),
  CHECK ((reopened_at IS NULL) = (reopened_by IS NULL))
);
CREATE UNIQUE INDEX daily_closes_standing ON daily_closes (day) WHERE reopened_at IS NULL;
CREATE INDEX daily_closes_day ON daily_closes (day, id);

CREATE INDEX invoices_issued ON invoices (issued_at);
CREATE INDEX invoices_voided ON invoices (voided_at) WHERE voided_at IS NOT NULL;
CREATE INDEX counter_sales_ended ON counter_sales (cancelled_at) WHERE cancelled_at IS NOT NULL;
CREATE INDEX points_entries_at ON points_entries (at);
CREATE INDEX estimates_presented ON estimates (presented_at) WHERE presented_at IS NOT NULL;
CREATE INDEX warranty_claims_created ON warranty_claims (created_at);
CREATE INDEX time_entries_start ON time_entries (start_at);
CREATE INDEX time_entries_end ON time_entries (end_at);
