package org.fedmarket.platform.account.domain;

import org.fedmarket.platform.problem.BusinessRuleException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login name: 3–64 characters of a–z, 0–9, dot, dash, underscore; compared case-insensitively. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,64}");

    public Username {
        value = normal(value);
        if (!ALLOWED.matcher(value).matches()) {
            throw new BusinessRuleException("invalid-username",
                    "A username has 3 to 64 characters: letters, digits, '.', '-' or '_'");
        }
    }

    /** How a name is compared and looked up: trimmed, in lower case (null is the empty name). */
    public static String normal(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
