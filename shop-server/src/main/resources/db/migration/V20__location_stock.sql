-- Stock per location (issue 22). Each location holds its own units of the chain's catalogue:
-- part_stock (location, part) -> stock, and units reserved for its counter sales. The catalogue's
-- stock and reserved stay as the chain's totals, written in the same transaction as every move (the
-- crash test holds them to the sums). Everything before is location 1's.
CREATE TABLE part_stock (
  location_id      INTEGER NOT NULL,
  vehicle_part_id  INTEGER NOT NULL REFERENCES vehicle_parts (id),
  stock            INTEGER NOT NULL CHECK (stock >= 0),
  reserved         INTEGER NOT NULL CHECK (reserved >= 0),
  PRIMARY KEY (location_id, vehicle_part_id)
);
INSERT INTO part_stock (location_id, vehicle_part_id, stock, reserved)
  SELECT 1, id, stock, reserved FROM vehicle_parts ORDER BY id;

-- Moves between locations: a transfer and its lines, each line a TRANSFER_OUT ledger row at the
-- location it leaves and a TRANSFER_IN row at the one it reaches, in one transaction.
CREATE TABLE stock_transfers (
  id                INTEGER PRIMARY KEY,
  from_location_id  INTEGER NOT NULL,
  to_location_id    INTEGER NOT NULL CHECK (to_location_id <> from_location_id),
  note              TEXT,
  created_by        TEXT    NOT NULL,
  created_at        TEXT    NOT NULL
);
CREATE INDEX stock_transfers_from ON stock_transfers (from_location_id, id);
CREATE INDEX stock_transfers_to ON stock_transfers (to_location_id, id);
CREATE TABLE stock_transfer_lines (
  stock_transfer_id  INTEGER NOT NULL REFERENCES stock_transfers (id),
  position           INTEGER NOT NULL,
  vehicle_part_id    INTEGER NOT NULL REFERENCES vehicle_parts (id),
  part_number        TEXT    NOT NULL,
  part_name          TEXT    NOT NULL,
  quantity           INTEGER NOT NULL CHECK (quantity >= 1),
  from_stock_after   INTEGER NOT NULL CHECK (from_stock_after >= 0),
  to_stock_after     INTEGER NOT NULL CHECK (to_stock_after >= 0),
  PRIMARY KEY (stock_transfer_id, position),
  UNIQUE (stock_transfer_id, vehicle_part_id)
);

-- The ledger is per location (stock_after is the location's), with the transfer kinds. SQLite
-- cannot change a CHECK in place, so the table is rebuilt, its rows and ids kept.
CREATE TABLE stock_movements_v20 (
  id                 INTEGER PRIMARY KEY,
  vehicle_part_id    INTEGER NOT NULL REFERENCES vehicle_parts (id),
  kind               TEXT    NOT NULL CHECK (kind IN ('INITIAL', 'ISSUE', 'RETURN', 'ADJUSTMENT', 'RECEIVED',
                                                      'VENDOR_RETURN', 'SOLD', 'SALE_RETURN', 'COUNT',
                                                      'TRANSFER_OUT', 'TRANSFER_IN')),
  delta              INTEGER NOT NULL,
  stock_after        INTEGER NOT NULL CHECK (stock_after >= 0),
  reason             TEXT,
  job_id             INTEGER REFERENCES jobs (id),
  part_request_id    INTEGER REFERENCES part_requests (id),
  actor              TEXT    NOT NULL,
  occurred_at        TEXT    NOT NULL,
  purchase_order_id  INTEGER REFERENCES purchase_orders (id),
  reference          TEXT,
  unit_cost          INTEGER,
  counter_sale_id    INTEGER,
  stock_count_id     INTEGER,
  vendor_return_id   INTEGER,
  location_id        INTEGER NOT NULL DEFAULT 1,
  stock_transfer_id  INTEGER REFERENCES stock_transfers (id)
);
INSERT INTO stock_movements_v20 (id, vehicle_part_id, kind, delta, stock_after, reason, job_id, part_request_id,
                                 actor, occurred_at, purchase_order_id, reference, unit_cost, counter_sale_id,
                                 stock_count_id, vendor_return_id, location_id)
  SELECT id, vehicle_part_id, kind, delta, stock_after, reason, job_id, part_request_id, actor, occurred_at,
         purchase_order_id, reference, unit_cost, counter_sale_id, stock_count_id, vendor_return_id, 1
  FROM stock_movements ORDER BY id;
DROP TABLE stock_movements;
ALTER TABLE stock_movements_v20 RENAME TO stock_movements;
CREATE INDEX stock_movements_part ON stock_movements (vehicle_part_id, id);
CREATE INDEX stock_movements_location ON stock_movements (location_id, vehicle_part_id, id);

-- A purchase order is delivered to, and a count made at, one location (the one it was made at).
ALTER TABLE purchase_orders ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stock_counts ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE vendor_returns ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
