package org.fedmarket.storefront.domain;

import org.fedmarket.platform.problem.DomainException;

/**
 * A sign-in that did not succeed (401). Whether the address is unknown or the password wrong is not told apart; a
 * locked or unverified account is named only after a right password.
 */
public class SignInRefusedException extends DomainException {

    public SignInRefusedException(String slug, String detail) {
        super(slug, "Not signed in", 401, detail);
    }

    public static SignInRefusedException wrongCredentials() {
        return new SignInRefusedException("sign-in-failed", "The e-mail address or the password is wrong");
    }
}
