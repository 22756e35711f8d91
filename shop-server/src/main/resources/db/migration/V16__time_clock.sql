-- The technicians' time clock (issue 21): attendance (clocked in to out) and time on jobs
-- (started or resumed to paused, switched away or finished), each a span of a mechanic's time.
-- Corrections keep the values they replaced in time_entry_edits; a voided entry counts for nothing.
CREATE TABLE time_entries (
  id            INTEGER PRIMARY KEY,
  mechanic_id   INTEGER NOT NULL REFERENCES mechanics (id),
  kind          TEXT    NOT NULL CHECK (kind IN ('ATTENDANCE', 'JOB')),
  job_id        INTEGER REFERENCES jobs (id),
  start_at      TEXT    NOT NULL,
  end_at        TEXT,
  pause_reason  TEXT CHECK (pause_reason IN ('WAITING_PARTS', 'WAITING_APPROVAL', 'BREAK', 'OTHER', 'SWITCHED',
                                             'END_OF_SHIFT')),
  note          TEXT,
  automatic     INTEGER NOT NULL DEFAULT 0,
  voided        INTEGER NOT NULL DEFAULT 0,
  version       INTEGER NOT NULL DEFAULT 1,
  CHECK ((kind = 'JOB') = (job_id IS NOT NULL)),
  CHECK (pause_reason IS NULL OR end_at IS NOT NULL)
);
-- at most one running clock of each kind a mechanic: attendance, and one job
CREATE UNIQUE INDEX time_entries_running ON time_entries (mechanic_id, kind) WHERE end_at IS NULL AND voided = 0;
CREATE INDEX time_entries_mechanic ON time_entries (mechanic_id, start_at);
CREATE INDEX time_entries_job ON time_entries (job_id) WHERE job_id IS NOT NULL;

CREATE TABLE time_entry_edits (
  id            INTEGER PRIMARY KEY,
  entry_id      INTEGER NOT NULL REFERENCES time_entries (id),
  edited_by     TEXT    NOT NULL,
  edited_at     TEXT    NOT NULL,
  reason        TEXT    NOT NULL,
  before_start  TEXT    NOT NULL,
  before_end    TEXT,
  voided        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX time_entry_edits_entry ON time_entry_edits (entry_id, id);
