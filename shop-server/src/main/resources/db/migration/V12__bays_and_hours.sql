-- What appointments book (issue 18), first part: the shop's bays (lifts), its opening hours and
-- holidays, and each mechanic's days off. A receipt for a closed day or a mechanic's day off is
-- stored REJECTED (SHOP_CLOSED, MECHANIC_OFF) as capacity rejections are.

CREATE TABLE bays (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL,
  active      INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX bays_name ON bays (name, id);

-- One row a day of the week (1 = Monday ... 7 = Sunday, ISO), written together by PUT /shop/hours.
-- No rows: the hours were never set, and every day is open all day. Times are HH:mm, local.
CREATE TABLE opening_hours (
  day_of_week  INTEGER PRIMARY KEY CHECK (day_of_week BETWEEN 1 AND 7),
  opens        TEXT,
  closes       TEXT,
  closed       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE holidays (
  day  TEXT PRIMARY KEY
);

-- the version of the opening hours and holidays (If-Match of PUT /shop/hours); 0 until first set
ALTER TABLE shop ADD COLUMN hours_version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE mechanic_days_off (
  mechanic_id  INTEGER NOT NULL REFERENCES mechanics (id),
  day          TEXT    NOT NULL,
  PRIMARY KEY (mechanic_id, day)
);

-- the version of a mechanic's days off (If-Match of PUT /mechanics/{id}/daysOff)
ALTER TABLE mechanics ADD COLUMN days_off_version INTEGER NOT NULL DEFAULT 1;
