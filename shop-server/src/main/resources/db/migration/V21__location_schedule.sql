-- Opening hours, holidays, bays and appointments per location (issue 22: settings split into the
-- chain's and each location's). Everything before is location 1's. The opening hours and holidays
-- take the location into their key; SQLite cannot change a primary key in place, so both tables
-- are rebuilt (location_id last, as PostgreSQL's ALTER TABLE adds it).
CREATE TABLE opening_hours_v21 (
  day_of_week  INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
  opens        TEXT,
  closes       TEXT,
  closed       INTEGER NOT NULL DEFAULT 0,
  location_id  INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (location_id, day_of_week)
);
INSERT INTO opening_hours_v21 (day_of_week, opens, closes, closed, location_id)
  SELECT day_of_week, opens, closes, closed, 1 FROM opening_hours ORDER BY day_of_week;
DROP TABLE opening_hours;
ALTER TABLE opening_hours_v21 RENAME TO opening_hours;

CREATE TABLE holidays_v21 (
  day          TEXT    NOT NULL,
  location_id  INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (location_id, day)
);
INSERT INTO holidays_v21 (day, location_id) SELECT day, 1 FROM holidays ORDER BY day;
DROP TABLE holidays;
ALTER TABLE holidays_v21 RENAME TO holidays;

-- the version of a location's hours and holidays (If-Match of PUT /shop/hours); location 1 takes
-- the shop's (shop.hours_version stays, no longer written)
ALTER TABLE locations ADD COLUMN hours_version INTEGER NOT NULL DEFAULT 0;
UPDATE locations SET hours_version = (SELECT hours_version FROM shop WHERE id = 1) WHERE id = 1;

-- a bay is a lift at one location; its name is unique there
ALTER TABLE bays ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX bays_location_name ON bays (location_id, name, id);

-- an appointment is booked at one location (its bays, its hours)
ALTER TABLE appointments ADD COLUMN location_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX appointments_location_day ON appointments (location_id, day, start_minute);
