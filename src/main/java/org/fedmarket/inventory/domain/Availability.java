package org.fedmarket.inventory.domain;

import org.fedmarket.platform.input.WireNames;


/**
 * What partners learn of a product's stock from the catalogue. The exact count is confirmed by a
 * hold; the catalogue only changes when the class changes, so stock movements don't make every
 * partner's next poll a full download.
 */
public enum Availability {
    IN_STOCK, LOW_STOCK, OUT_OF_STOCK;

    public static Availability of(int stock, int lowStockThreshold) {
        if (stock <= 0) {
            return OUT_OF_STOCK;
        }
        return stock <= lowStockThreshold ? LOW_STOCK : IN_STOCK;
    }

    /** The wire name, e.g. {@code low-stock}; also how the database stores it. */
    public String id() {
        return WireNames.of(this);
    }

    public static Availability ofId(String id) {
        return WireNames.parse(Availability.class, id).orElseThrow(() -> new IllegalArgumentException("Unknown availability " + id));
    }
}
