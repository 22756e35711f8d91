-- Locations (issue 22): the chain's shops. Location 1 is the shop as it was, named as the shop: its address,
-- phone, registration number, invoice prefix and time zone, which the shop settings keep too (a
-- change to either is written to both in one transaction). Invoice prefixes are unique, whatever
-- their case, so that no two locations can issue the same invoice number. Location 1 dates from
-- when the database was made.
CREATE TABLE locations (
  id                            INTEGER PRIMARY KEY,
  name                          TEXT    NOT NULL,
  address                       TEXT    NOT NULL DEFAULT '',
  phone                         TEXT    NOT NULL DEFAULT '',
  business_registration_number  TEXT,
  invoice_prefix                TEXT    NOT NULL,
  timezone                      TEXT    NOT NULL,
  version                       INTEGER NOT NULL DEFAULT 1,
  created_at                    TEXT    NOT NULL,
  updated_at                    TEXT    NOT NULL
);
CREATE UNIQUE INDEX locations_invoice_prefix ON locations (UPPER(invoice_prefix));
CREATE INDEX locations_name ON locations (name, id);

INSERT INTO locations (id, name, address, phone, business_registration_number, invoice_prefix, timezone,
                       version, created_at, updated_at)
  SELECT 1, name, address, phone, business_registration_number, invoice_prefix, timezone, 1,
         (SELECT MIN(applied_at) FROM schema_version), (SELECT MIN(applied_at) FROM schema_version)
  FROM shop WHERE id = 1;

-- Where each user works, and their role there: every user works at location 1 with their role. A
-- session works at one location (the sign-in's, or the one switched to), with the user's role there.
CREATE TABLE user_locations (
  user_id      INTEGER NOT NULL REFERENCES users (id),
  location_id  INTEGER NOT NULL REFERENCES locations (id),
  role         TEXT    NOT NULL CHECK (role IN ('MANAGER', 'RECEPTIONIST', 'MECHANIC', 'CONTRACTOR')),
  PRIMARY KEY (user_id, location_id)
);
CREATE INDEX user_locations_location ON user_locations (location_id, user_id);
INSERT INTO user_locations (user_id, location_id, role) SELECT id, 1, role FROM users;
ALTER TABLE sessions ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
