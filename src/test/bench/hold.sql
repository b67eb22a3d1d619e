-- One hold of one unit, as the node places it (HoldRepository): the same statements in one
-- transaction, for pgbench. ExchangeBenchmark runs it against a copy of the node's inventory
-- tables with -M prepared (the variables are bound parameters, as the node's JDBC statements
-- have) and -D product=<id of the hot product> -D partner=<caller's shop id>. Every transaction
-- has a reference of its own, as every hold request of the benchmark has.
\set reference random(1, 9000000000000000000)
BEGIN;
-- a hold under the same reference that has run out makes room for the new one
UPDATE inventory.hold SET status = 'expired'
    WHERE partner = :partner AND product_id = :product AND reference = :reference AND status = 'held' AND expires_at <= now()
    RETURNING quantity;
INSERT INTO inventory.hold (id, product_id, partner, reference, quantity, status, created_at, expires_at)
    VALUES (gen_random_uuid(), :product, :partner, :reference, 1, 'held', now(), now() + interval '5 minutes')
    ON CONFLICT DO NOTHING RETURNING id;
-- The guarded take. Wrapped so that it always yields one row for \gset: sold out is 0, not an error.
WITH taken AS (UPDATE inventory.product SET stock = stock - 1 WHERE id = :product AND stock >= 1 RETURNING stock)
    SELECT count(*) AS taken FROM taken \gset
\if :taken
INSERT INTO inventory.stock_movement (product_id, delta, reason, reference, at) VALUES (:product, -1, 'hold', :reference, now());
COMMIT;
\else
-- sold out: the node answers 409 and nothing of the attempt stays
ROLLBACK;
\endif
