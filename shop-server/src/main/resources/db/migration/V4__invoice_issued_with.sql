-- An invoice keeps what it was issued with; a void invoice can be refunded and reissued.
--
-- 1. The shop's 사업자등록번호 and 대표자 (optional settings, NULL until set).
-- 2. invoices: the tax rate, labour rate and issuer (name, address, phone, registration number,
--    representative) as issued. Invoices issued before this version take the shop settings as
--    they stand now, except the labour rate, which their LABOR line already records.
--    receipt_id and job_id are no longer UNIQUE: a receipt whose invoice was voided gets a new
--    one. At most one invoice per receipt is not VOID (a partial unique index; PostgreSQL has
--    them too).
-- 3. payments: a refund is an entry with a negative amount, so only 0 is refused.
-- 4. status_pages: the status of the receipt's current invoice; a void one shows no total.
--
-- SQLite cannot change a table's constraints in place, so invoices and its two child tables are
-- rebuilt under new names (the children pointing at the new parent), the old ones dropped
-- children first (no foreign key is broken at any moment, so this runs with foreign keys on,
-- inside the migration's transaction), and the new ones renamed.

ALTER TABLE shop ADD COLUMN business_registration_number TEXT;
ALTER TABLE shop ADD COLUMN representative TEXT;

CREATE TABLE invoices_v4 (
  id                                   INTEGER PRIMARY KEY,
  number                               TEXT    NOT NULL UNIQUE,
  receipt_id                           INTEGER NOT NULL REFERENCES receipts (id),
  job_id                               INTEGER NOT NULL REFERENCES jobs (id),
  currency                             TEXT    NOT NULL,
  tax_rate_bp                          INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  labor_rate_per_hour                  INTEGER NOT NULL CHECK (labor_rate_per_hour >= 0),
  issuer_name                          TEXT    NOT NULL,
  issuer_address                       TEXT    NOT NULL,
  issuer_phone                         TEXT    NOT NULL,
  issuer_business_registration_number  TEXT,
  issuer_representative                TEXT,
  subtotal                             INTEGER NOT NULL,
  tax                                  INTEGER NOT NULL,
  total                                INTEGER NOT NULL,
  paid                                 INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),
  status                               TEXT    NOT NULL CHECK (status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID')),
  issued_at                            TEXT    NOT NULL,
  void_reason                          TEXT,
  voided_at                            TEXT,
  replaces_invoice_id                  INTEGER REFERENCES invoices_v4 (id),
  version                              INTEGER NOT NULL DEFAULT 1,
  CHECK (paid <= total)
);
INSERT INTO invoices_v4 (id, number, receipt_id, job_id, currency, tax_rate_bp, labor_rate_per_hour,
    issuer_name, issuer_address, issuer_phone, issuer_business_registration_number,
    issuer_representative, subtotal, tax, total, paid, status, issued_at, void_reason, voided_at,
    replaces_invoice_id, version)
  SELECT i.id, i.number, i.receipt_id, i.job_id, i.currency, s.tax_rate_bp,
    COALESCE((SELECT l.unit_price FROM invoice_lines l WHERE l.invoice_id = i.id AND l.kind = 'LABOR'
              ORDER BY l.line_no LIMIT 1), s.labor_rate_per_hour),
    s.name, s.address, s.phone, s.business_registration_number, s.representative,
    i.subtotal, i.tax, i.total, i.paid, i.status, i.issued_at, i.void_reason, i.voided_at,
    NULL, i.version
  FROM invoices i CROSS JOIN shop s WHERE s.id = 1 ORDER BY i.id;

CREATE TABLE invoice_lines_v4 (
  id              INTEGER PRIMARY KEY,
  invoice_id      INTEGER NOT NULL REFERENCES invoices_v4 (id),
  line_no         INTEGER NOT NULL,
  kind            TEXT    NOT NULL CHECK (kind IN ('LABOR', 'PART')),
  description     TEXT    NOT NULL,
  quantity_centi  INTEGER NOT NULL,
  unit_price      INTEGER NOT NULL,
  amount          INTEGER NOT NULL,
  UNIQUE (invoice_id, line_no)
);
INSERT INTO invoice_lines_v4 (id, invoice_id, line_no, kind, description, quantity_centi, unit_price, amount)
  SELECT id, invoice_id, line_no, kind, description, quantity_centi, unit_price, amount
  FROM invoice_lines ORDER BY id;

CREATE TABLE payments_v4 (
  id           INTEGER PRIMARY KEY,
  invoice_id   INTEGER NOT NULL REFERENCES invoices_v4 (id),
  amount       INTEGER NOT NULL CHECK (amount <> 0),
  method       TEXT    NOT NULL CHECK (method IN ('CASH', 'CARD', 'TRANSFER')),
  received_by  TEXT    NOT NULL,
  received_at  TEXT    NOT NULL
);
INSERT INTO payments_v4 (id, invoice_id, amount, method, received_by, received_at)
  SELECT id, invoice_id, amount, method, received_by, received_at FROM payments ORDER BY id;

DROP TABLE payments;
DROP TABLE invoice_lines;
DROP TABLE invoices;
ALTER TABLE invoices_v4 RENAME TO invoices;
ALTER TABLE invoice_lines_v4 RENAME TO invoice_lines;
ALTER TABLE payments_v4 RENAME TO payments;

CREATE INDEX invoices_status ON invoices (status, id);
CREATE INDEX invoices_receipt ON invoices (receipt_id, id);
CREATE INDEX invoices_job ON invoices (job_id, id);
CREATE UNIQUE INDEX invoices_one_open_per_receipt ON invoices (receipt_id) WHERE status <> 'VOID';
CREATE INDEX payments_invoice ON payments (invoice_id);

ALTER TABLE status_pages ADD COLUMN invoice_status TEXT;
UPDATE status_pages SET invoice_status =
  (SELECT i.status FROM invoices i WHERE i.receipt_id = status_pages.receipt_id ORDER BY i.id DESC LIMIT 1);
UPDATE status_pages SET invoice_total = NULL WHERE invoice_status = 'VOID';
