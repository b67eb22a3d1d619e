package org.fedmarket.platform.input;

/** The documented limits of what a request may carry (README, "Limits"); column sizes follow them. */
public final class Limits {

    /** The most units a product can have in stock, and the most one restock may add or remove. */
    public static final int MAX_STOCK = 1_000_000_000;
    /** The most units of one product a hold, order line or purchase may ask for. */
    public static final int MAX_QUANTITY = 10_000;
    public static final int MAX_DESCRIPTION = 5_000;
    /** The longest shop id (FEDERATION.md, Conventions). */
    public static final int MAX_SHOP_ID = 40;
    public static final int MAX_URL = 2_000;
    /** A catalogue import: at most this many products, in a body of at most this many bytes. */
    public static final int MAX_IMPORT_LINES = 50_000;
    public static final int MAX_IMPORT_BYTES = 32 << 20;

    private Limits() {
    }
}
