-- One hold of one unit as the node places it, for pgbench: the statements of Holds.hold on its
-- usual path in one transaction — ProductRepository.bySku, HoldRepository.insertIfAbsent, the
-- guarded take and movement of StockLedger, and the market situation MarketEvents.offerChanged
-- records after every stock change (the SKU's own offer, partners' listings of it, one event).
-- A hold refused for lack of stock rolls back and, as Sales.refused does, records the refused sale
-- in a transaction of its own. ExchangeBenchmark runs it against a copy of the node's inventory,
-- platform and federation schemas with -M prepared (the variables become bound parameters, as the
-- node's JDBC statements have them) and -D sku=<hot product's SKU> -D partner=<caller's shop id>
-- -D shop=<the node's shop id>. Every transaction has a reference of its own, as every hold
-- request of the benchmark has. Left out, as rare: the catalogue revision a change of
-- availability class takes (a few times per round, near zero stock).
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
SELECT sku, name, price_amount, price_currency, stock, availability, active
    FROM inventory.product WHERE sku = :sku AND deleted_at IS NULL \gset offer_
SELECT partner, product_id, name, price_usd, availability FROM federation.partner_listing
    WHERE substring(product_id FROM position(':' IN product_id) + 1) = :sku ORDER BY partner;
INSERT INTO platform.market_event (kind, product, parties, at, data)
    VALUES ('market-situation', :sku, ARRAY[:shop::text], now(), jsonb_build_object('trigger', 'hold', 'merchant', :shop::text,
        'sku', :sku::text, 'offers', jsonb_build_array(jsonb_build_object('offerId', :shop::text || ':' || :sku::text,
        'seller', :shop::text, 'sku', :sku::text, 'name', :offer_name::text, 'price', :offer_price_amount::numeric,
        'currency', :offer_price_currency::text, 'stock', :offer_stock::int, 'availability', :offer_availability::text,
        'active', :offer_active::boolean))));
COMMIT;
\else
-- sold out: the node reads the stock for its 409 answer, and nothing of the attempt stays
SELECT stock FROM inventory.product WHERE id = :product_id;
ROLLBACK;
BEGIN;
SELECT id, sku, name, description, price_amount, price_currency, image_url, stock, active, version, revision,
       availability, deleted_at, updated_at
    FROM inventory.product WHERE sku = :sku \gset refused_
INSERT INTO platform.market_event (kind, product, parties, at, data)
    VALUES ('sale', :sku, ARRAY[:partner::text, :shop::text], now(), jsonb_build_object('outcome', 'out-of-stock',
        'offerId', :shop::text || ':' || :sku::text, 'sku', :sku::text, 'seller', :shop::text, 'buyer', :partner::text,
        'quantity', 1, 'price', :refused_price_amount::numeric, 'currency', 'USD', 'leftInStock', :refused_stock::int));
COMMIT;
\endif
