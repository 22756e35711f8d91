-- Payment corrections: a manager voids one payment, or refunds part of what was paid.
--
-- Both are new entries in payments with a negative amount; the entry they correct is never
-- edited.
-- 1. payments.voids_payment_id: on the entry that voids a payment, the payment it voids. A
--    payment is voided at most once (a partial unique index), so "voided by" is the entry whose
--    voids_payment_id names it.
-- 2. payments.reason: why a correction (a void, a refund) was given; NULL on a payment, and on
--    the refunds given with an invoice's void before this version (the invoice has the reason).

ALTER TABLE payments ADD COLUMN voids_payment_id INTEGER REFERENCES payments (id);
ALTER TABLE payments ADD COLUMN reason TEXT;

CREATE UNIQUE INDEX payments_voids ON payments (voids_payment_id) WHERE voids_payment_id IS NOT NULL;
