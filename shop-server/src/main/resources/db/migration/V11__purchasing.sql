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
  -- a backorder: the part request rejected for stock that this line fills when it comes
  part_request_id    INTEGER REFERENCES part_requests (id),
  UNIQUE (purchase_order_id, position)
);
CREATE INDEX purchase_order_lines_part ON purchase_order_lines (vehicle_part_id, purchase_order_id);

-- the purchase order a request rejected for stock was backordered on
ALTER TABLE part_requests ADD COLUMN backorder_id INTEGER REFERENCES purchase_orders (id);

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
  unit_cost          INTEGER,
  counter_sale_id    INTEGER,
  stock_count_id     INTEGER,
  vendor_return_id   INTEGER
);
INSERT INTO stock_movements_v11 (id, vehicle_part_id, kind, delta, stock_after, reason, job_id, part_request_id,
                                 actor, occurred_at)
  SELECT id, vehicle_part_id, kind, delta, stock_after, reason, job_id, part_request_id, actor, occurred_at
  FROM stock_movements ORDER BY id;
DROP TABLE stock_movements;
ALTER TABLE stock_movements_v11 RENAME TO stock_movements;
CREATE INDEX stock_movements_part ON stock_movements (vehicle_part_id, id);

-- Counter sales (the used-car purchase origin flow): a sale exists only with its payment; the units
-- are reserved until they are handed over, so the last unit cannot be sold twice. What is available
-- to anything that takes stock is stock - reserved.
ALTER TABLE vehicle_parts ADD COLUMN reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0);

CREATE TABLE counter_sales (
  id              INTEGER PRIMARY KEY,
  customer_id     INTEGER REFERENCES customers (id),
  status          TEXT    NOT NULL CHECK (status IN ('PAID', 'HANDED_OVER', 'CANCELLED', 'RETURNED')),
  currency        TEXT    NOT NULL,
  tax_rate_bp     INTEGER NOT NULL,
  subtotal        INTEGER NOT NULL,
  tax             INTEGER NOT NULL,
  total           INTEGER NOT NULL,
  method          TEXT    NOT NULL CHECK (method IN ('CASH', 'CARD', 'TRANSFER')),
  amount_received INTEGER NOT NULL,
  change_given    INTEGER NOT NULL DEFAULT 0,
  refunded        INTEGER NOT NULL DEFAULT 0,
  cancel_reason   TEXT,
  sold_by         TEXT    NOT NULL,
  sold_at         TEXT    NOT NULL,
  sold_on         TEXT    NOT NULL,
  handed_over_at  TEXT,
  cancelled_at    TEXT,
  updated_at      TEXT    NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX counter_sales_day ON counter_sales (sold_on, id);
CREATE INDEX counter_sales_status ON counter_sales (status, id);
CREATE TABLE counter_sale_lines (
  id               INTEGER PRIMARY KEY,
  counter_sale_id  INTEGER NOT NULL REFERENCES counter_sales (id),
  position         INTEGER NOT NULL,
  vehicle_part_id  INTEGER NOT NULL REFERENCES vehicle_parts (id),
  part_number      TEXT    NOT NULL,
  part_name        TEXT    NOT NULL,
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  unit_price       INTEGER NOT NULL CHECK (unit_price >= 0),
  amount           INTEGER NOT NULL,
  UNIQUE (counter_sale_id, position)
);

-- Stock counts: a sheet fixes the ledger's position when it starts (ledger_mark, the last movement's
-- id); each part is counted against its stock at that mark, so stock that moves while the count goes
-- on keeps its movements and only the difference found is posted (COUNT rows).
CREATE TABLE stock_counts (
  id           INTEGER PRIMARY KEY,
  status       TEXT    NOT NULL CHECK (status IN ('OPEN', 'POSTED')),
  ledger_mark  INTEGER NOT NULL,
  started_by   TEXT    NOT NULL,
  started_at   TEXT    NOT NULL,
  posted_by    TEXT,
  posted_at    TEXT,
  version      INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE stock_count_lines (
  id               INTEGER PRIMARY KEY,
  stock_count_id   INTEGER NOT NULL REFERENCES stock_counts (id),
  vehicle_part_id  INTEGER NOT NULL REFERENCES vehicle_parts (id),
  expected         INTEGER NOT NULL,
  counted          INTEGER NOT NULL DEFAULT 0 CHECK (counted >= 0),
  scans            INTEGER NOT NULL DEFAULT 0,
  UNIQUE (stock_count_id, vehicle_part_id)
);

-- Parts sent back to suppliers: a RETURN takes stock out; a CORE is the old part returned for its
-- deposit (coreCharge), not stock. Each waits OPEN for the supplier's credit memo.
ALTER TABLE vehicle_parts ADD COLUMN core_charge INTEGER NOT NULL DEFAULT 0 CHECK (core_charge >= 0);
CREATE TABLE vendor_returns (
  id                  INTEGER PRIMARY KEY,
  supplier_id         INTEGER NOT NULL REFERENCES suppliers (id),
  kind                TEXT    NOT NULL CHECK (kind IN ('RETURN', 'CORE')),
  status              TEXT    NOT NULL CHECK (status IN ('OPEN', 'CREDITED')),
  total               INTEGER NOT NULL,
  credit_memo_number  TEXT,
  credit_amount       INTEGER,
  created_by          TEXT    NOT NULL,
  created_at          TEXT    NOT NULL,
  credited_at         TEXT,
  version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vendor_returns_status ON vendor_returns (status, id);
CREATE TABLE vendor_return_lines (
  id                INTEGER PRIMARY KEY,
  vendor_return_id  INTEGER NOT NULL REFERENCES vendor_returns (id),
  vehicle_part_id   INTEGER NOT NULL REFERENCES vehicle_parts (id),
  quantity          INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost         INTEGER NOT NULL CHECK (unit_cost >= 0),
  reason            TEXT    NOT NULL
);
CREATE INDEX vendor_return_lines_return ON vendor_return_lines (vendor_return_id, id);
