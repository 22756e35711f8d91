-- Parts purchasing (issue 19): suppliers, purchase orders received in one or more deliveries, and
-- the stock ledger's wider set of kinds.

CREATE TABLE suppliers (
  id               INTEGER PRIMARY KEY,
  name             TEXT    NOT NULL,
  phone            TEXT,
  email            TEXT,
  business_number  TEXT,
  notes            TEXT,
  active           INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT    NOT NULL,
  updated_at       TEXT    NOT NULL,
  version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX suppliers_name ON suppliers (name, id);

-- the supplier a part is usually ordered from (backorders go there when none is named)
ALTER TABLE vehicle_parts ADD COLUMN default_supplier_id INTEGER REFERENCES suppliers (id);

CREATE TABLE purchase_orders (
  id             INTEGER PRIMARY KEY,
  supplier_id    INTEGER NOT NULL REFERENCES suppliers (id),
  status         TEXT    NOT NULL CHECK (status IN ('DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED',
                                                    'CLOSED', 'CANCELLED')),
  cancel_reason  TEXT,
  created_by     TEXT    NOT NULL,
  created_at     TEXT    NOT NULL,
  ordered_at     TEXT,
  closed_at      TEXT,
  updated_at     TEXT    NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX purchase_orders_status ON purchase_orders (status, id);
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id, id);

-- quantities in whole units, costs in minor units
CREATE TABLE purchase_order_lines (
  id                 INTEGER PRIMARY KEY,
  purchase_order_id  INTEGER NOT NULL REFERENCES purchase_orders (id),
  position           INTEGER NOT NULL,
  vehicle_part_id    INTEGER NOT NULL REFERENCES vehicle_parts (id),
  quantity           INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost          INTEGER NOT NULL CHECK (unit_cost >= 0),
  received_quantity  INTEGER NOT NULL DEFAULT 0 CHECK (received_quantity >= 0),
  job_id             INTEGER REFERENCES jobs (id),
  UNIQUE (purchase_order_id, position)
);
CREATE INDEX purchase_order_lines_part ON purchase_order_lines (vehicle_part_id, purchase_order_id);

-- one delivery against an order, with the vendor's invoice when it came with one
CREATE TABLE purchase_deliveries (
  id                     INTEGER PRIMARY KEY,
  purchase_order_id      INTEGER NOT NULL REFERENCES purchase_orders (id),
  vendor_invoice_number  TEXT,
  vendor_invoice_date    TEXT,
  over_received          INTEGER NOT NULL DEFAULT 0,
  received_by            TEXT    NOT NULL,
  received_at            TEXT    NOT NULL
);
CREATE INDEX purchase_deliveries_order ON purchase_deliveries (purchase_order_id, id);
CREATE TABLE purchase_delivery_lines (
  id                      INTEGER PRIMARY KEY,
  purchase_delivery_id    INTEGER NOT NULL REFERENCES purchase_deliveries (id),
  purchase_order_line_id  INTEGER REFERENCES purchase_order_lines (id),
  vehicle_part_id         INTEGER NOT NULL REFERENCES vehicle_parts (id),
  quantity                INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost               INTEGER NOT NULL CHECK (unit_cost >= 0)
);
CREATE INDEX purchase_delivery_lines_delivery ON purchase_delivery_lines (purchase_delivery_id, id);

-- The stock ledger: every kind a movement can be, and what it refers to (an order and its vendor
-- invoice; later a counter sale, a vendor return, a count) with the unit cost it moved at. SQLite
-- cannot change a CHECK in place, so the table is rebuilt, its rows and ids kept.
CREATE TABLE stock_movements_v11 (
  id                 INTEGER PRIMARY KEY,
  vehicle_part_id    INTEGER NOT NULL REFERENCES vehicle_parts (id),
  kind               TEXT    NOT NULL CHECK (kind IN ('INITIAL', 'ISSUE', 'RETURN', 'ADJUSTMENT', 'RECEIVED',
                                                      'VENDOR_RETURN', 'SOLD', 'SALE_RETURN', 'COUNT')),
  delta              INTEGER NOT NULL,
  stock_after        INTEGER NOT NULL CHECK (stock_after >= 0),
  reason             TEXT,
  job_id             INTEGER REFERENCES jobs (id),
  part_request_id    INTEGER REFERENCES part_requests (id),
  actor              TEXT    NOT NULL,
  occurred_at        TEXT    NOT NULL,
  purchase_order_id  INTEGER REFERENCES purchase_orders (id),
  reference          TEXT,
  unit_cost          INTEGER
);
INSERT INTO stock_movements_v11 (id, vehicle_part_id, kind, delta, stock_after, reason, job_id, part_request_id,
                                 actor, occurred_at)
  SELECT id, vehicle_part_id, kind, delta, stock_after, reason, job_id, part_request_id, actor, occurred_at
  FROM stock_movements ORDER BY id;
DROP TABLE stock_movements;
ALTER TABLE stock_movements_v11 RENAME TO stock_movements;
CREATE INDEX stock_movements_part ON stock_movements (vehicle_part_id, id);
