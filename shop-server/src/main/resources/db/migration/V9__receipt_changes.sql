-- Receipts the counter edits (issue 15): the time promised to the customer, printed on the claim
-- ticket (접수증). NULL when none was promised.
ALTER TABLE receipts ADD COLUMN promised_at TEXT;
