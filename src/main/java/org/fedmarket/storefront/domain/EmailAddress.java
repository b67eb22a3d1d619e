package org.fedmarket.storefront.domain;

import org.fedmarket.platform.input.Text;
import org.fedmarket.platform.problem.InvalidFieldsException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer's e-mail address as the shop keeps it: trimmed and lower-case (one address is one customer however it is
 * typed), at most 254 characters, one {@code @} with something on each side and a dot in the domain.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || !SHAPE.matcher(value).matches() || value.length() > MAX_LENGTH || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a normalised e-mail address");
        }
    }

    /** The address a customer typed into {@code field}, or a refusal that says what is wrong. */
    public static EmailAddress of(String field, String typed) {
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || Text.problem(value).isPresent() || !SHAPE.matcher(value).matches()) {
            throw new InvalidFieldsException(field, "an e-mail address such as ada@example.com, at most " + MAX_LENGTH + " characters");
        }
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
