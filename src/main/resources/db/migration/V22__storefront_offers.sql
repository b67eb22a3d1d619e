-- Flyway creates a listed schema only in a database it has never migrated; existing databases get it here.
CREATE SCHEMA IF NOT EXISTS storefront;

-- Trigram matching for typo-tolerant search. A trusted extension since PostgreSQL 13: the database's owner may
-- create it; where the application's user may not, an administrator creates it once (README, "Storefront search").
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- What the storefront sells and searches: the shop's own listed products and its partners' listings, copied from
-- the inventory and federation modules as they change (the storefront owns this copy; the sources stay the truth).
CREATE TABLE storefront.offer (
    product_id     varchar(120)   PRIMARY KEY, -- <seller shop id>:<sku>
    seller         varchar(40)    NOT NULL,
    own            boolean        NOT NULL,
    seller_name    varchar(200)   NOT NULL,
    name           varchar(200)   NOT NULL,
    description    text           NOT NULL,
    image_url      text,
    -- the price the customer pays as the source sets it (own products in their own currency, partners' in USD)
    price_amount   numeric(19, 4) NOT NULL CHECK (price_amount >= 0),
    price_currency char(3)        NOT NULL CHECK (price_currency ~ '^[A-Z]{3}$'),
    -- the same price in US dollars, so that offers in several currencies sort and filter together
    price_usd      numeric(19, 2) NOT NULL CHECK (price_usd >= 0),
    availability   varchar(12)    NOT NULL CHECK (availability IN ('in-stock', 'low-stock', 'out-of-stock')),
    -- a partner's product the partner lets this shop feature (co-promote); own products are always featurable
    promoted       boolean        NOT NULL,
    listed_at      timestamptz    NOT NULL,
    updated_at     timestamptz    NOT NULL,
    -- names weigh more than descriptions; 'english' so that "socks" finds "sock" and "running" finds "run"
    document       tsvector       GENERATED ALWAYS AS (
                       setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'B')) STORED
);
CREATE INDEX offer_document_ix ON storefront.offer USING gin (document);
CREATE INDEX offer_seller_ix ON storefront.offer (seller);
CREATE INDEX offer_price_ix ON storefront.offer (price_usd, product_id);
CREATE INDEX offer_newest_ix ON storefront.offer (listed_at DESC, product_id);

-- Every word of the offers' names and descriptions, to correct a query's misspelt words ("sokcs" → "socks"):
-- candidates are the nearest words by trigrams (GiST, nearest first) and the words with the same letters (swapped
-- letters share few trigrams), then the one with the fewest edits is chosen. Words are never removed: a word no offer
-- has any more corrects to nothing found, which the search then says.
CREATE TABLE storefront.term (
    word    varchar(60) PRIMARY KEY,
    letters varchar(60) NOT NULL -- the word's letters in order: "socks" → "ckoss"
);
CREATE INDEX term_trgm_ix ON storefront.term USING gist (word gist_trgm_ops);
CREATE INDEX term_letters_ix ON storefront.term (letters);

-- How far the copy has followed each source: the own catalogue's revision ('own'); partners are re-read whole.
CREATE TABLE storefront.source (
    name     varchar(40) PRIMARY KEY,
    revision bigint      NOT NULL
);
