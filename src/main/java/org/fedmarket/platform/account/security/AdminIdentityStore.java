package org.fedmarket.platform.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.fedmarket.platform.account.application.AdminAccountService;

/** Validates administrator usernames and passwords against the accounts in PostgreSQL. */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    @Inject
    AdminAccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(a -> new CredentialValidationResult(a.username(), a.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
