-- Search receipts by any part of the customer name, phone or car number without scanning them all:
-- a trigram full-text index (substring matches of 3 or more characters), kept by triggers, plus
-- an index for short name prefixes (a family name like 김 or 김민).
CREATE VIRTUAL TABLE receipt_search USING fts5(
  customer_name, customer_phone, car_id,
  content = 'receipts', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO receipt_search (rowid, customer_name, customer_phone, car_id)
  SELECT id, customer_name, COALESCE(customer_phone, ''), car_id FROM receipts;

CREATE TRIGGER receipts_search_insert AFTER INSERT ON receipts BEGIN
  INSERT INTO receipt_search (rowid, customer_name, customer_phone, car_id)
    VALUES (new.id, new.customer_name, COALESCE(new.customer_phone, ''), new.car_id);
END;
CREATE TRIGGER receipts_search_delete AFTER DELETE ON receipts BEGIN
  INSERT INTO receipt_search (receipt_search, rowid, customer_name, customer_phone, car_id)
    VALUES ('delete', old.id, old.customer_name, COALESCE(old.customer_phone, ''), old.car_id);
END;
CREATE TRIGGER receipts_search_update AFTER UPDATE OF customer_name, customer_phone, car_id ON receipts BEGIN
  INSERT INTO receipt_search (receipt_search, rowid, customer_name, customer_phone, car_id)
    VALUES ('delete', old.id, old.customer_name, COALESCE(old.customer_phone, ''), old.car_id);
  INSERT INTO receipt_search (rowid, customer_name, customer_phone, car_id)
    VALUES (new.id, new.customer_name, COALESCE(new.customer_phone, ''), new.car_id);
END;

CREATE INDEX receipts_customer_name ON receipts (customer_name, id);
