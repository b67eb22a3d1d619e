package org.fedmarket.platform.input;

import java.util.Optional;

/**
 * The one rule for text from outside: no control characters except tab, line feed and carriage return.
 * PostgreSQL cannot store NUL at all, and the others have no business in names, ids or addresses.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is refused, or empty when it is acceptable text. */
    public static Optional<String> problem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isForbidden(c)) {
                return Optional.of(String.format("must not contain control character U+%04X (at %d)", (int) c, i));
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return Optional.of("must not contain a lone surrogate (at " + i + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
