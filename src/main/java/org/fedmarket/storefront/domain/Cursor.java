package org.fedmarket.storefront.domain;

import org.fedmarket.platform.input.WireNames;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of a search starts: the sort key and product id of the last result shown. Pages follow by key,
 * not by offset, so a product added or removed meanwhile neither repeats nor skips a result. Opaque to clients.
 */
public record Cursor(Sort sort, String key, String productId) {

    public static final int MAX_LENGTH = 400;

    public static Cursor after(Sort sort, Object key, String productId) {
        return new Cursor(sort, String.valueOf(key), productId);
    }

    public String encode() {
        String plain = WireNames.of(sort) + "\n" + key + "\n" + productId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or empty when {@code text} is not one this storefront gave out for {@code sort}. */
    public static Optional<Cursor> decode(String text, Sort sort) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !parts[0].equals(WireNames.of(sort)) || parts[2].isEmpty() || parts[2].length() > 120) {
                return Optional.empty();
            }
            switch (sort) {
                case RELEVANCE -> Float.parseFloat(parts[1]);
                case PRICE_ASC, PRICE_DESC -> new BigDecimal(parts[1]);
                case NEWEST -> Long.parseLong(parts[1]);
            }
            return Optional.of(new Cursor(sort, parts[1], parts[2]));
        } catch (IllegalArgumentException unreadable) { // bad base64, bad number
            return Optional.empty();
        }
    }
}
