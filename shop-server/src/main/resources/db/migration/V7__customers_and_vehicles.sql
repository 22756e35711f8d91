-- Customers and vehicles as the shop's records (issue 16).
--
-- Every receipt links to a customer and a vehicle; the receipt keeps the name, phone and car
-- number as typed that day. Existing receipts are linked by the upgrade that runs right after this
-- script, in the same transaction (db.Upgrades), with the find-or-create rules of POST /receipts.

CREATE TABLE customers (
  id                   INTEGER PRIMARY KEY,
  name                 TEXT,
  email                TEXT,
  address              TEXT,
  notes                TEXT,
  consent_to_messages  INTEGER NOT NULL DEFAULT 0,
  merged_into_id       INTEGER REFERENCES customers (id),
  last_seen_at         TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT    NOT NULL,
  updated_at           TEXT    NOT NULL
);
-- Name order (a customer may have a phone and no name: '' sorts first), and names from their start.
CREATE INDEX customers_name ON customers (COALESCE(name, ''), id);

-- Phones as digits; tail is the last four (what a customer is often found by at the counter).
CREATE TABLE customer_phones (
  customer_id  INTEGER NOT NULL REFERENCES customers (id),
  position     INTEGER NOT NULL,
  phone        TEXT    NOT NULL,
  tail         TEXT,
  PRIMARY KEY (customer_id, position)
);
CREATE INDEX customer_phones_phone ON customer_phones (phone, customer_id);
CREATE INDEX customer_phones_tail ON customer_phones (tail, customer_id);

CREATE TABLE vehicles (
  id               INTEGER PRIMARY KEY,
  plate            TEXT    NOT NULL,
  plate_standard   INTEGER NOT NULL,
  plate_tail       TEXT,
  vin              TEXT,
  make             TEXT,
  model            TEXT,
  year             INTEGER,
  fuel             TEXT CHECK (fuel IN ('GASOLINE', 'DIESEL', 'LPG', 'HYBRID', 'ELECTRIC', 'HYDROGEN', 'OTHER')),
  colour           TEXT,
  customer_id      INTEGER NOT NULL REFERENCES customers (id),
  last_mileage_km  INTEGER,
  active           INTEGER NOT NULL DEFAULT 1,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT    NOT NULL,
  updated_at       TEXT    NOT NULL
);
-- One active record per plate: a car scrapped or sold away frees its plate.
CREATE UNIQUE INDEX vehicles_active_plate ON vehicles (plate) WHERE active = 1;
CREATE INDEX vehicles_plate ON vehicles (plate, id);
CREATE INDEX vehicles_plate_tail ON vehicles (plate_tail, id);
CREATE INDEX vehicles_vin ON vehicles (vin) WHERE vin IS NOT NULL;
CREATE INDEX vehicles_customer ON vehicles (customer_id, id);

-- Ownership periods; exactly one open period (to_at NULL) per vehicle: its current owner.
CREATE TABLE vehicle_owners (
  id           INTEGER PRIMARY KEY,
  vehicle_id   INTEGER NOT NULL REFERENCES vehicles (id),
  customer_id  INTEGER NOT NULL REFERENCES customers (id),
  from_at      TEXT    NOT NULL,
  to_at        TEXT,
  reason       TEXT
);
CREATE INDEX vehicle_owners_vehicle ON vehicle_owners (vehicle_id, id);
CREATE UNIQUE INDEX vehicle_owners_current ON vehicle_owners (vehicle_id) WHERE to_at IS NULL;

-- receipts.in_shop: 1 from the receipt's acceptance until the car is handed back (released) or the
-- receipt is cancelled; what "the car is already in the shop" means. receipts.warnings: the
-- warnings given when it was taken (JSON array).
ALTER TABLE receipts ADD COLUMN customer_id INTEGER REFERENCES customers (id);
ALTER TABLE receipts ADD COLUMN vehicle_id INTEGER REFERENCES vehicles (id);
ALTER TABLE receipts ADD COLUMN released_at TEXT;
ALTER TABLE receipts ADD COLUMN in_shop INTEGER NOT NULL DEFAULT 0;
ALTER TABLE receipts ADD COLUMN warnings TEXT;

ALTER TABLE status_pages ADD COLUMN released_at TEXT;
