-- One hold of one unit as the node places it, for pgbench: the statements of Holds.hold on its
-- usual path (ProductRepository.bySku, HoldRepository.insertIfAbsent, StockRepository.change) in
-- one transaction. ExchangeBenchmark runs it against a copy of the node's inventory tables with
-- -M prepared (the variables become bound parameters, as the node's JDBC statements have them) and
-- -D sku=<hot product's SKU> -D partner=<caller's shop id>. Every transaction has a reference of its
-- own, as every hold request of the benchmark has. Left out, as rare: the catalogue revision a
-- change of availability class takes (a few times per round, near zero stock).
\set reference random(1, 9000000000000000000)
\set delta -1
BEGIN;
SELECT id, sku, name, description, price_amount, price_currency, image_url, stock, active, version, revision,
       availability, deleted_at, updated_at
    FROM inventory.product WHERE sku = :sku \gset product_
INSERT INTO inventory.hold (id, product_id, partner, reference, quantity, status, created_at, expires_at)
    VALUES (gen_random_uuid(), :product_id, :partner, :reference, 1, 'held', now(), now() + interval '2 hours')
    ON CONFLICT (partner, product_id, reference) WHERE status = 'held' DO NOTHING RETURNING id AS hold \gset
-- The guarded take. Wrapped so that it always yields one row for \gset: sold out is 0, not an error.
WITH taken AS (UPDATE inventory.product SET stock = stock + :delta WHERE id = :product_id AND stock + :delta >= 0 RETURNING stock, availability)
    SELECT count(*) AS taken FROM taken \gset
\if :taken
INSERT INTO inventory.stock_movement (product_id, delta, reason, reference, at) VALUES (:product_id, :delta, 'hold', :hold, now());
COMMIT;
\else
-- sold out: the node reads the stock for its 409 answer, and nothing of the attempt stays
SELECT stock FROM inventory.product WHERE id = :product_id;
ROLLBACK;
\endif
