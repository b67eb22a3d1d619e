-- Stock has a documented maximum (README, "Limits"), so that no sum of stock and a change can overflow.
-- NOT VALID: enforced for every write from now on without refusing to start on rows written before.
ALTER TABLE inventory.product ADD CONSTRAINT product_stock_max_ck CHECK (stock <= 1000000000) NOT VALID;
