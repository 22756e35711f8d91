-- PostgreSQL version of V21__location_schedule.sql: the same columns and keys; the primary keys
-- of the opening hours and holidays are replaced in place (SQLite rebuilds the tables).
ALTER TABLE opening_hours ADD COLUMN location_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE opening_hours DROP CONSTRAINT opening_hours_pkey;
ALTER TABLE opening_hours ADD PRIMARY KEY (location_id, day_of_week);

ALTER TABLE holidays ADD COLUMN location_id BIGINT NOT NULL DEFAULT 1;
ALTER TABLE holidays DROP CONSTRAINT holidays_pkey;
ALTER TABLE holidays ADD PRIMARY KEY (location_id, day);

ALTER TABLE locations ADD COLUMN hours_version BIGINT NOT NULL DEFAULT 0;
UPDATE locations SET hours_version = (SELECT hours_version FROM shop WHERE id = 1) WHERE id = 1;

ALTER TABLE bays ADD COLUMN location_id BIGINT NOT NULL DEFAULT 1;
CREATE INDEX bays_location_name ON bays (location_id, name, id);

ALTER TABLE appointments ADD COLUMN location_id BIGINT NOT NULL DEFAULT 1;
CREATE INDEX appointments_location_day ON appointments (location_id, day, start_minute);
