-- Appointments (issue 18): a customer's car booked for a day and a time, taking a bay for
-- [start, end) and, when a mechanic is named, that mechanic's hours on the day. Both outcomes are
-- stored: BOOKED, or REJECTED with the reason. Times are minutes after local midnight.

CREATE TABLE appointments (
  id                INTEGER PRIMARY KEY,
  customer_id       INTEGER NOT NULL REFERENCES customers (id),
  vehicle_id        INTEGER NOT NULL REFERENCES vehicles (id),
  day               TEXT    NOT NULL,
  start_minute      INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
  end_minute        INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),
  hours_centi       INTEGER NOT NULL CHECK (hours_centi > 0),
  mechanic_id       INTEGER REFERENCES mechanics (id),
  bay_id            INTEGER REFERENCES bays (id),
  request           TEXT    NOT NULL,
  drop_off          TEXT    NOT NULL CHECK (drop_off IN ('DROP', 'WAIT')),
  status            TEXT    NOT NULL CHECK (status IN ('BOOKED', 'REJECTED', 'CANCELLED', 'ARRIVED', 'NO_SHOW')),
  rejection_reason  TEXT,
  cancel_reason     TEXT,
  receipt_id        INTEGER REFERENCES receipts (id),
  created_by        TEXT    NOT NULL,
  created_at        TEXT    NOT NULL,
  updated_at        TEXT    NOT NULL,
  version           INTEGER NOT NULL DEFAULT 1
);
-- a bay's and a mechanic's bookings of a day (the overlap and capacity checks, the schedule)
CREATE INDEX appointments_bay_day ON appointments (bay_id, day, status);
CREATE INDEX appointments_mechanic_day ON appointments (mechanic_id, day, status);
CREATE INDEX appointments_day ON appointments (day, start_minute, id);
CREATE INDEX appointments_customer ON appointments (customer_id, id);
