-- A mechanic's booked hours on a day (the capacity check of every receipt) read from the index
-- alone: the hours ride along in it, so the sum no longer visits each job's row. Replaces the
-- (mechanic_id, work_date, status) index, a prefix of this one.
DROP INDEX jobs_mechanic_day;
CREATE INDEX jobs_mechanic_day_hours ON jobs (mechanic_id, work_date, status, estimated_centi, labor_centi);
