-- Receipts, their rows on the status board and invoices belong to a location (issue 22); everything
-- there was before is location 1's. A receipt's job, part requests, estimates and payments are its
-- location's through it; customers and vehicles are the chain's, shared by every location.
ALTER TABLE receipts ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX receipts_location ON receipts (location_id, id);
ALTER TABLE status_pages ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX status_pages_location ON status_pages (location_id, receipt_id);
ALTER TABLE invoices ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX invoices_location ON invoices (location_id, id);

-- Invoice numbers run per location and year (INV-2026-000001 at one, INV-GN-2026-000001 at
-- another): the counter row of the location and year is taken in the invoice's transaction.
CREATE TABLE invoice_counters_v19 (
  location_id  INTEGER NOT NULL,
  year         INTEGER NOT NULL,
  last_number  INTEGER NOT NULL,
  PRIMARY KEY (location_id, year)
);
INSERT INTO invoice_counters_v19 (location_id, year, last_number) SELECT 1, year, last_number FROM invoice_counters;
DROP TABLE invoice_counters;
ALTER TABLE invoice_counters_v19 RENAME TO invoice_counters;

-- Cash belongs to a location: its counter sales, its points sold at the counter, and its drawer
-- count, one standing count per location and day.
ALTER TABLE counter_sales ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE points_purchases ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE daily_closes ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
DROP INDEX daily_closes_standing;
CREATE UNIQUE INDEX daily_closes_standing ON daily_closes (location_id, day) WHERE reopened_at IS NULL;
DROP INDEX daily_closes_day;
CREATE INDEX daily_closes_day ON daily_closes (location_id, day, id);
