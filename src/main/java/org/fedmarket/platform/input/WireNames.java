package org.fedmarket.platform.input;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of an enum constant on the wire, in configuration and in the database: lower case with {@code -}
 * for {@code _} ({@code OUT_OF_STOCK} is {@code out-of-stock}), and the way back.
 */
public final class WireNames {

    private WireNames() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} spelt {@code wireName}; empty for any other text, null included. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wireName) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(wireName)).findFirst();
    }

    /** Every wire name of {@code type}, in declaration order, e.g. to say what is allowed. */
    public static List<String> all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
    }
}
