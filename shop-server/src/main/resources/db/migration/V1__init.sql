-- Shop Suite schema, version 1.
-- Money: integer minor units of the shop currency. Hours: integer hundredths ("centi-hours").
-- Timestamps: ISO-8601 UTC text. Dates: ISO-8601 local dates in the shop time zone.

CREATE TABLE shop (
  id                   INTEGER PRIMARY KEY CHECK (id = 1),
  name                 TEXT    NOT NULL,
  address              TEXT    NOT NULL,
  phone                TEXT    NOT NULL,
  currency             TEXT    NOT NULL,
  labor_rate_per_hour  INTEGER NOT NULL CHECK (labor_rate_per_hour >= 0),
  tax_rate_bp          INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  timezone             TEXT    NOT NULL,
  invoice_prefix       TEXT    NOT NULL,
  version              INTEGER NOT NULL
);
INSERT INTO shop VALUES (1, 'My Repair Shop', '', '', 'KRW', 60000, 1000, 'Asia/Seoul', 'INV', 1);

CREATE TABLE mechanics (
  id                    INTEGER PRIMARY KEY,
  name                  TEXT    NOT NULL,
  daily_capacity_centi  INTEGER NOT NULL CHECK (daily_capacity_centi BETWEEN 0 AND 2400),
  active                INTEGER NOT NULL DEFAULT 1,
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT    NOT NULL,
  updated_at            TEXT    NOT NULL
);

CREATE TABLE users (
  id             INTEGER PRIMARY KEY,
  username       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  password_hash  TEXT    NOT NULL,
  role           TEXT    NOT NULL CHECK (role IN ('MANAGER', 'RECEPTIONIST', 'MECHANIC')),
  mechanic_id    INTEGER REFERENCES mechanics (id),
  active         INTEGER NOT NULL DEFAULT 1,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL,
  CHECK (role <> 'MECHANIC' OR mechanic_id IS NOT NULL)
);

CREATE TABLE sessions (
  token_hash    TEXT    PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users (id),
  created_at    TEXT    NOT NULL,
  last_used_at  TEXT    NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE vehicle_parts (
  id             INTEGER PRIMARY KEY,
  part_id        TEXT    NOT NULL UNIQUE,
  part_name      TEXT    NOT NULL,
  stock          INTEGER NOT NULL CHECK (stock >= 0),
  part_price     INTEGER NOT NULL CHECK (part_price >= 0),
  cost_price     INTEGER NOT NULL CHECK (cost_price >= 0),
  reorder_point  INTEGER NOT NULL CHECK (reorder_point >= 0),
  barcode        TEXT    UNIQUE,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL
);

CREATE TABLE receipts (
  id                INTEGER PRIMARY KEY,
  customer_name     TEXT    NOT NULL,
  customer_phone    TEXT,
  car_id            TEXT    NOT NULL,
  vin               TEXT,
  make              TEXT,
  model             TEXT,
  year              INTEGER,
  mileage_km        INTEGER,
  mechanic_id       INTEGER NOT NULL REFERENCES mechanics (id),
  request_date      TEXT    NOT NULL,
  estimated_centi   INTEGER NOT NULL CHECK (estimated_centi > 0),
  request           TEXT    NOT NULL,
  status            TEXT    NOT NULL CHECK (status IN ('ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED')),
  rejection_reason  TEXT,
  cancel_reason     TEXT,
  created_by        TEXT    NOT NULL,
  created_at        TEXT    NOT NULL,
  updated_at        TEXT    NOT NULL,
  version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX receipts_status ON receipts (status, id);
CREATE INDEX receipts_date ON receipts (request_date, id);

CREATE TABLE jobs (
  id               INTEGER PRIMARY KEY,
  receipt_id       INTEGER NOT NULL UNIQUE REFERENCES receipts (id),
  mechanic_id      INTEGER NOT NULL REFERENCES mechanics (id),
  work_date        TEXT    NOT NULL,
  estimated_centi  INTEGER NOT NULL CHECK (estimated_centi > 0),
  labor_centi      INTEGER CHECK (labor_centi > 0),
  status           TEXT    NOT NULL CHECK (status IN ('WAITING', 'IN_PROGRESS', 'FINISHED', 'CANCELLED')),
  notes            TEXT,
  started_at       TEXT,
  finished_at      TEXT,
  created_at       TEXT    NOT NULL,
  updated_at       TEXT    NOT NULL,
  version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX jobs_mechanic_day ON jobs (mechanic_id, work_date, status);
CREATE INDEX jobs_status ON jobs (status, id);

CREATE TABLE part_requests (
  id                INTEGER PRIMARY KEY,
  job_id            INTEGER NOT NULL REFERENCES jobs (id),
  vehicle_part_id   INTEGER NOT NULL REFERENCES vehicle_parts (id),
  quantity          INTEGER NOT NULL CHECK (quantity >= 1),
  status            TEXT    NOT NULL CHECK (status IN ('ISSUED', 'REJECTED', 'RETURNED')),
  rejection_reason  TEXT,
  unit_price        INTEGER NOT NULL CHECK (unit_price >= 0),
  part_number       TEXT    NOT NULL,
  part_name         TEXT    NOT NULL,
  requested_by      TEXT    NOT NULL,
  requested_at      TEXT    NOT NULL,
  returned_at       TEXT
);
CREATE INDEX part_requests_job ON part_requests (job_id);

CREATE TABLE stock_movements (
  id               INTEGER PRIMARY KEY,
  vehicle_part_id  INTEGER NOT NULL REFERENCES vehicle_parts (id),
  kind             TEXT    NOT NULL CHECK (kind IN ('INITIAL', 'ISSUE', 'RETURN', 'ADJUSTMENT')),
  delta            INTEGER NOT NULL,
  stock_after      INTEGER NOT NULL CHECK (stock_after >= 0),
  reason           TEXT,
  job_id           INTEGER REFERENCES jobs (id),
  part_request_id  INTEGER REFERENCES part_requests (id),
  actor            TEXT    NOT NULL,
  occurred_at      TEXT    NOT NULL
);
CREATE INDEX stock_movements_part ON stock_movements (vehicle_part_id, id);

CREATE TABLE invoice_counters (
  year         INTEGER PRIMARY KEY,
  last_number  INTEGER NOT NULL
);

CREATE TABLE invoices (
  id           INTEGER PRIMARY KEY,
  number       TEXT    NOT NULL UNIQUE,
  receipt_id   INTEGER NOT NULL UNIQUE REFERENCES receipts (id),
  job_id       INTEGER NOT NULL UNIQUE REFERENCES jobs (id),
  currency     TEXT    NOT NULL,
  subtotal     INTEGER NOT NULL,
  tax          INTEGER NOT NULL,
  total        INTEGER NOT NULL,
  paid         INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),
  status       TEXT    NOT NULL CHECK (status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID')),
  issued_at    TEXT    NOT NULL,
  void_reason  TEXT,
  voided_at    TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  CHECK (paid <= total)
);
CREATE INDEX invoices_status ON invoices (status, id);

CREATE TABLE invoice_lines (
  id              INTEGER PRIMARY KEY,
  invoice_id      INTEGER NOT NULL REFERENCES invoices (id),
  line_no         INTEGER NOT NULL,
  kind            TEXT    NOT NULL CHECK (kind IN ('LABOR', 'PART')),
  description     TEXT    NOT NULL,
  quantity_centi  INTEGER NOT NULL,
  unit_price      INTEGER NOT NULL,
  amount          INTEGER NOT NULL,
  UNIQUE (invoice_id, line_no)
);

CREATE TABLE payments (
  id           INTEGER PRIMARY KEY,
  invoice_id   INTEGER NOT NULL REFERENCES invoices (id),
  amount       INTEGER NOT NULL CHECK (amount > 0),
  method       TEXT    NOT NULL CHECK (method IN ('CASH', 'CARD', 'TRANSFER')),
  received_by  TEXT    NOT NULL,
  received_at  TEXT    NOT NULL
);
CREATE INDEX payments_invoice ON payments (invoice_id);

CREATE TABLE events (
  seq          INTEGER PRIMARY KEY,
  type         TEXT    NOT NULL,
  occurred_at  TEXT    NOT NULL,
  actor        TEXT    NOT NULL,
  receipt_id   INTEGER,
  job_id       INTEGER,
  data         TEXT    NOT NULL
);
CREATE INDEX events_receipt ON events (receipt_id, seq);

-- The status board: a read model kept by the event projection, read without joins.
CREATE TABLE status_pages (
  receipt_id      INTEGER PRIMARY KEY,
  customer_name   TEXT    NOT NULL,
  car_id          TEXT    NOT NULL,
  request_date    TEXT    NOT NULL,
  mechanic_name   TEXT,
  receipt_status  TEXT    NOT NULL,
  job_status      TEXT,
  invoice_total   INTEGER,
  updated_at      TEXT    NOT NULL
);
CREATE INDEX status_pages_date ON status_pages (request_date, receipt_id);

CREATE TABLE idempotency_keys (
  user_id       INTEGER NOT NULL,
  idem_key      TEXT    NOT NULL,
  request_hash  TEXT    NOT NULL,
  status        INTEGER NOT NULL,
  body          TEXT    NOT NULL,
  created_at    TEXT    NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);
