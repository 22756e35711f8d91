-- Points, coupons, booking deposits and reminders (issue 18).

-- 1. Shop settings: what a point is worth, what a paid invoice earns, the deposit a booking
--    holds, and when a car is due for service (0 turns a rule off).
ALTER TABLE shop ADD COLUMN point_value INTEGER NOT NULL DEFAULT 1 CHECK (point_value > 0);
ALTER TABLE shop ADD COLUMN points_earn_rate_bp INTEGER NOT NULL DEFAULT 0
  CHECK (points_earn_rate_bp BETWEEN 0 AND 10000);
ALTER TABLE shop ADD COLUMN booking_deposit_points INTEGER NOT NULL DEFAULT 0 CHECK (booking_deposit_points >= 0);
ALTER TABLE shop ADD COLUMN service_reminder_months INTEGER NOT NULL DEFAULT 6 CHECK (service_reminder_months >= 0);
ALTER TABLE shop ADD COLUMN service_reminder_km INTEGER NOT NULL DEFAULT 10000 CHECK (service_reminder_km >= 0);

-- 2. A customer's points balance: always the sum of the customer's points_entries (the crash
--    test checks it); spending is a conditional update of this counter, so it never overspends.
ALTER TABLE customers ADD COLUMN points_balance INTEGER NOT NULL DEFAULT 0;
-- the deposit a booking holds, and (after arrival) the deposit its receipt carries until its
-- invoice is issued
ALTER TABLE appointments ADD COLUMN deposit_points INTEGER NOT NULL DEFAULT 0 CHECK (deposit_points >= 0);
ALTER TABLE receipts ADD COLUMN deposit_points INTEGER NOT NULL DEFAULT 0 CHECK (deposit_points >= 0);

-- 3. Invoices gain DISCOUNT lines (coupons) and POINTS payments: SQLite cannot change a CHECK
--    in place, so both tables are rebuilt. A payment with points keeps how many it took.
CREATE TABLE invoice_lines_v14 (
  id              INTEGER PRIMARY KEY,
  invoice_id      INTEGER NOT NULL REFERENCES invoices (id),
  line_no         INTEGER NOT NULL,
  kind            TEXT    NOT NULL CHECK (kind IN ('LABOR', 'PART', 'SUBLET', 'FEE', 'DISCOUNT')),
  description     TEXT    NOT NULL,
  quantity_centi  INTEGER NOT NULL,
  unit_price      INTEGER NOT NULL,
  amount          INTEGER NOT NULL,
  UNIQUE (invoice_id, line_no)
);
INSERT INTO invoice_lines_v14 (id, invoice_id, line_no, kind, description, quantity_centi, unit_price, amount)
  SELECT id, invoice_id, line_no, kind, description, quantity_centi, unit_price, amount
  FROM invoice_lines ORDER BY id;
DROP TABLE invoice_lines;
ALTER TABLE invoice_lines_v14 RENAME TO invoice_lines;

CREATE TABLE payments_v14 (
  id                INTEGER PRIMARY KEY,
  invoice_id        INTEGER NOT NULL REFERENCES invoices (id),
  amount            INTEGER NOT NULL CHECK (amount <> 0),
  method            TEXT    NOT NULL CHECK (method IN ('CASH', 'CARD', 'TRANSFER', 'POINTS')),
  received_by       TEXT    NOT NULL,
  received_at       TEXT    NOT NULL,
  voids_payment_id  INTEGER REFERENCES payments_v14 (id),
  reason            TEXT,
  points            INTEGER CHECK ((method = 'POINTS') = (points IS NOT NULL))
);
INSERT INTO payments_v14 (id, invoice_id, amount, method, received_by, received_at, voids_payment_id, reason)
  SELECT id, invoice_id, amount, method, received_by, received_at, voids_payment_id, reason
  FROM payments ORDER BY id;
DROP TABLE payments;
ALTER TABLE payments_v14 RENAME TO payments;
CREATE INDEX payments_invoice ON payments (invoice_id);
CREATE UNIQUE INDEX payments_voids ON payments (voids_payment_id) WHERE voids_payment_id IS NOT NULL;
CREATE INDEX payments_received ON payments (received_at);

-- 4. Points: the ledger (signed: + in, - out), and the sales of points with their payment.
CREATE TABLE points_purchases (
  id           INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers (id),
  points       INTEGER NOT NULL CHECK (points > 0),
  amount       INTEGER NOT NULL CHECK (amount > 0),
  method       TEXT    NOT NULL CHECK (method IN ('CASH', 'CARD', 'TRANSFER')),
  sold_by      TEXT    NOT NULL,
  sold_at      TEXT    NOT NULL
);
CREATE INDEX points_purchases_sold ON points_purchases (sold_at);

CREATE TABLE points_entries (
  id              INTEGER PRIMARY KEY,
  customer_id     INTEGER NOT NULL REFERENCES customers (id),
  kind            TEXT    NOT NULL CHECK (kind IN ('PURCHASED', 'SPENT', 'RESTORED', 'EARNED', 'REVERSED',
                                                   'DEPOSIT', 'DEPOSIT_RESTORED', 'FORFEITED')),
  points          INTEGER NOT NULL,
  reference       TEXT    NOT NULL,
  appointment_id  INTEGER REFERENCES appointments (id),
  invoice_id      INTEGER REFERENCES invoices (id),
  payment_id      INTEGER REFERENCES payments (id),
  purchase_id     INTEGER REFERENCES points_purchases (id),
  at              TEXT    NOT NULL,
  by_user         TEXT    NOT NULL
);
CREATE INDEX points_entries_customer ON points_entries (customer_id, id);
CREATE INDEX points_entries_invoice ON points_entries (invoice_id, kind);

-- 5. Promotions and the coupons they issue; a coupon is redeemed on at most one invoice.
CREATE TABLE promotions (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('PERCENT_LABOR', 'PERCENT_TOTAL', 'AMOUNT')),
  value       INTEGER NOT NULL CHECK (value > 0),
  valid_days  INTEGER NOT NULL CHECK (valid_days > 0),
  trigger_on  TEXT    NOT NULL CHECK (trigger_on IN ('ON_BOOKING', 'MANUAL')),
  active      INTEGER NOT NULL DEFAULT 1,
  version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE coupons (
  id              INTEGER PRIMARY KEY,
  code            TEXT    NOT NULL UNIQUE,
  promotion_id    INTEGER NOT NULL REFERENCES promotions (id),
  customer_id     INTEGER NOT NULL REFERENCES customers (id),
  appointment_id  INTEGER REFERENCES appointments (id),
  status          TEXT    NOT NULL CHECK (status IN ('ISSUED', 'REDEEMED', 'WITHDRAWN', 'EXPIRED')),
  issued_at       TEXT    NOT NULL,
  expires_at      TEXT    NOT NULL,
  invoice_id      INTEGER REFERENCES invoices (id),
  redeemed_at     TEXT,
  CHECK ((status = 'REDEEMED') = (invoice_id IS NOT NULL))
);
CREATE INDEX coupons_customer ON coupons (customer_id, id);
CREATE INDEX coupons_appointment ON coupons (appointment_id);
CREATE INDEX coupons_invoice ON coupons (invoice_id);

-- 6. The outbox: one message per reminder (its key), for a later messaging gateway to send.
CREATE TABLE messages (
  id            INTEGER PRIMARY KEY,
  reminder_key  TEXT    NOT NULL UNIQUE,
  kind          TEXT    NOT NULL CHECK (kind IN ('APPOINTMENT', 'SERVICE_DUE')),
  customer_id   INTEGER NOT NULL REFERENCES customers (id),
  phone         TEXT    NOT NULL,
  text          TEXT    NOT NULL,
  status        TEXT    NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
  created_at    TEXT    NOT NULL
);
CREATE INDEX messages_status ON messages (status, id);

-- 7. The appointment a receipt was made from (its deposit, its history).
CREATE INDEX appointments_receipt ON appointments (receipt_id) WHERE receipt_id IS NOT NULL;
