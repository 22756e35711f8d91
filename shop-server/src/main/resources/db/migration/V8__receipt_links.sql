-- The indexes of the receipts' links to their customer and vehicle (issue 16), made after V7's
-- upgrade has linked every existing receipt (building them once is faster than keeping them
-- while a million receipts are linked).
CREATE INDEX receipts_vehicle ON receipts (vehicle_id, id);
CREATE INDEX receipts_customer ON receipts (customer_id, id);
-- The cars in the shop now, per vehicle: VEHICLE_ALREADY_IN_SHOP and openReceiptIds.
CREATE INDEX receipts_in_shop ON receipts (vehicle_id, id) WHERE in_shop = 1;
-- The repair-record report: finished jobs by the time they were finished.
CREATE INDEX jobs_finished_at ON jobs (finished_at, id);
