package org.fedmarket.platform.account.domain;

import org.fedmarket.platform.problem.BusinessRuleException;

/** Length is what makes a password strong; composition rules mostly make it hard to remember. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new BusinessRuleException("weak-password",
                    "A password has at least " + MIN_LENGTH + " and at most " + MAX_LENGTH + " characters");
        }
    }
}
