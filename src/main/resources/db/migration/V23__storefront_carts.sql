-- Customers' carts. A cart is found by the secret its browser holds in a cookie; only that secret's SHA-256 is kept,
-- so a copy of this table opens no one's cart.
CREATE TABLE storefront.cart (
    id         char(64)    PRIMARY KEY, -- hex SHA-256 of the cookie's secret
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX cart_updated_ix ON storefront.cart (updated_at);

-- A line remembers the price and availability the customer saw when adding it, so that a change since is shown,
-- never passed on silently. Prices seen are in the storefront's currency.
CREATE TABLE storefront.cart_line (
    cart_id           char(64)       NOT NULL REFERENCES storefront.cart (id) ON DELETE CASCADE,
    product_id        varchar(120)   NOT NULL,
    quantity          integer        NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    seen_price        numeric(19, 4) NOT NULL CHECK (seen_price >= 0),
    seen_currency     char(3)        NOT NULL CHECK (seen_currency ~ '^[A-Z]{3}$'),
    seen_availability varchar(12)    NOT NULL,
    added_at          timestamptz    NOT NULL,
    PRIMARY KEY (cart_id, product_id)
);
