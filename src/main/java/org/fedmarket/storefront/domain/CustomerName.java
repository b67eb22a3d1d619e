package org.fedmarket.storefront.domain;

import org.fedmarket.platform.input.Text;
import org.fedmarket.platform.problem.InvalidFieldsException;

/** Names people type into the storefront's forms: trimmed, 1 to {@code max} characters, no control characters (no line breaks either). */
public final class CustomerName {

    private CustomerName() {
    }

    /** {@code typed} trimmed, or a refusal naming {@code field}. */
    public static String of(String field, String typed, int max) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty() || value.length() > max || Text.problem(value).isPresent() || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldsException(field, "1 to " + max + " characters, without control characters");
        }
        return value;
    }

    /** As {@link #of}, but empty is allowed. */
    public static String optional(String field, String typed, int max) {
        return typed == null || typed.isBlank() ? "" : of(field, typed, max);
    }
}
