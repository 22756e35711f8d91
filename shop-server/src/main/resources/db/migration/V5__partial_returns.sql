-- Partial returns of issued parts (issue 15).
--
-- 1. part_requests.returned_quantity: how many of the issued quantity went back to stock. A
--    request stays ISSUED while some is still out and becomes RETURNED when all is back; a
--    request returned before this version returned all of it.
-- 2. part_requests.version: a request can now change more than once (each partial return), so
--    its version is stored and bumped like the other tables', starting from what was derived
--    before (1, or 2 once returned).

ALTER TABLE part_requests ADD COLUMN returned_quantity INTEGER NOT NULL DEFAULT 0
  CHECK (returned_quantity >= 0 AND returned_quantity <= quantity);
ALTER TABLE part_requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

UPDATE part_requests SET returned_quantity = quantity, version = 2 WHERE status = 'RETURNED';
