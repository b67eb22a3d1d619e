-- Partner listings by the partner's SKU, so a market situation finds every offer of one product.
CREATE INDEX partner_listing_sku_ix ON federation.partner_listing ((substring(product_id FROM position(':' IN product_id) + 1)));
