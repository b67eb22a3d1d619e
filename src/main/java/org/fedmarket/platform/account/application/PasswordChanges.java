package org.fedmarket.platform.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fedmarket.platform.account.domain.PasswordPolicy;
import org.fedmarket.platform.problem.BusinessRuleException;

/**
 * An administrator changes their own password: the current one is checked first (with the throttle-free check, as the
 * caller is signed in already), the new one must meet the policy; the other sessions of the account end. The costly
 * hashing runs outside any transaction, so it never holds a connection.
 */
@ApplicationScoped
public class PasswordChanges {

    @Inject
    AdminAccountService accounts;
    @Inject
    PasswordHashing hashing;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void change(String username, String current, String replacement) {
        if (accounts.authenticate(username, current).isEmpty()) {
            throw new BusinessRuleException("password-wrong", "The current password is wrong");
        }
        PasswordPolicy.check(replacement);
        accounts.storePassword(username, hashing.hash(replacement));
    }
}
